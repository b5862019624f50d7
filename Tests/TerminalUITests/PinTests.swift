import Testing
import TerminalUI

@Suite struct PinTests {
    @Test func digitsBackspaceAndSubmit() {
        var entry = PinEntry(minimumLength: 4, maximumLength: 6)
        for key in [Key.character("1"), .character("2"), .character("x"), .character("3")] {
            #expect(entry.handle(key) == .editing)
        }
        #expect(entry.count == 3)
        #expect(entry.handle(.enter) == .incomplete)
        #expect(entry.handle(.backspace) == .editing)
        #expect(entry.count == 2)
        for digit in "4567890" { _ = entry.handle(.character(digit)) }
        #expect(entry.count == 6, "digits beyond the maximum are ignored")
        #expect(entry.handle(.enter) == .submitted("124567"))
        #expect(entry.count == 0)
    }

    @Test func escapeCancelsAndClears() {
        var entry = PinEntry()
        _ = entry.handle(.character("9"))
        #expect(entry.handle(.escape) == .cancelled)
        #expect(entry.count == 0)
    }

    @Test func descriptionsNeverShowTheDigits() {
        var entry = PinEntry()
        for digit in "8642" { _ = entry.handle(.character(digit)) }
        #expect(entry.description == "PinEntry(4 digits)")
        let outcome = entry.handle(.enter)
        #expect(outcome == .submitted("8642"))
        #expect("\(outcome)" == "submitted(****)")
    }

    @Test func padMasksTheDigitsAndCentresItself() {
        var entry = PinEntry(minimumLength: 4, maximumLength: 6)
        for digit in "987" { _ = entry.handle(.character(digit)) }
        var canvas = Canvas(size: Size(width: 80, height: 22))
        let pad = PinPad(title: "Supervisor", prompt: "Introduzca su PIN", entry: entry, message: Span("PIN incorrecto", role: .error))
        pad.render(in: canvas.bounds, on: &canvas)
        #expect(pad.maskedField == "● ● ● _")
        let frame = PinPad.frame(in: canvas.bounds)
        #expect(frame == Rect(x: 22, y: 4, width: 36, height: 13))
        let lines = canvas.lines
        #expect(lines[4].hasPrefix(String(repeating: " ", count: 22) + "┌─ Supervisor ─"))
        #expect(lines[5].contains("│" + String(repeating: " ", count: 8) + "Introduzca su PIN" + String(repeating: " ", count: 9) + "│"))
        #expect(lines[7].contains("│" + String(repeating: " ", count: 13) + "● ● ● _" + String(repeating: " ", count: 14) + "│"))
        #expect(lines[14].contains("PIN incorrecto"))
        #expect(lines[15].contains("EnterAceptar EscCancelar"))
        #expect(lines[16].contains("└──"))
        #expect(!lines.contains { $0.contains("987") })
    }

    @Test func fullPadShowsNoCursorSlot() {
        var entry = PinEntry(minimumLength: 1, maximumLength: 2)
        for digit in "12" { _ = entry.handle(.character(digit)) }
        #expect(PinPad(title: "", prompt: "", entry: entry, language: .en).maskedField == "● ●")
    }
}
