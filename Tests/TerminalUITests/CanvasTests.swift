import Testing
@testable import TerminalUI

@Suite struct CanvasTests {
    @Test func spanishAndSymbolsTakeOneCellEach() {
        var canvas = Canvas(size: Size(width: 12, height: 1))
        let used = canvas.write("Pérez ñ✓✗▀", x: 0, y: 0)
        #expect(used == 10)
        #expect(canvas.row(0) == "Pérez ñ✓✗▀  ")
        #expect(canvas[1, 0].character == "é")
        #expect(canvas[9, 0].character == "▀")
    }

    @Test func wideCharactersOccupyTwoCells() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        let used = canvas.write("a漢b", x: 0, y: 0)
        #expect(used == 4)
        #expect(canvas[1, 0].character == "漢")
        #expect(canvas[2, 0].isContinuation)
        #expect(canvas[3, 0].character == "b")
        #expect(canvas.row(0) == "a漢b  ")
    }

    @Test func wideCharacterThatWouldBeCutBecomesASpace() {
        var canvas = Canvas(size: Size(width: 3, height: 1))
        let used = canvas.write("ab漢", x: 0, y: 0)
        #expect(used == 3)
        #expect(canvas.row(0) == "ab ")
        #expect(!canvas[2, 0].isContinuation)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var canvas = Canvas(size: Size(width: 4, height: 1))
        canvas.write("漢字", x: 0, y: 0)
        canvas.put("x", x: 1, y: 0, style: .plain)
        #expect(canvas.row(0) == " x字")
        canvas.put("y", x: 2, y: 0, style: .plain)
        #expect(canvas.row(0) == " xy ")
        #expect(!canvas[3, 0].isContinuation)
    }

    @Test func writeIsClippedToMaxWidthAndClip() {
        var canvas = Canvas(size: Size(width: 10, height: 2))
        #expect(canvas.write("abcdefgh", x: 2, y: 0, maxWidth: 3) == 3)
        #expect(canvas.row(0) == "  abc     ")
        #expect(canvas.write("abcdefgh", x: 0, y: 1, clip: Rect(x: 5, y: 1, width: 2, height: 1)) == 7)
        #expect(canvas.row(1) == "     fg   ")
    }

    @Test func spansKeepTheirStyles() {
        var canvas = Canvas(size: Size(width: 12, height: 1))
        canvas.write([Span("✓ ok", role: .ok), Span(" ✗ no", role: .error)], x: 0, y: 0)
        #expect(canvas.row(0) == "✓ ok ✗ no   ")
        #expect(canvas[0, 0].style.role == .ok)
        #expect(canvas[5, 0].style.role == .error)
        #expect(canvas[10, 0].style.role == .normal)
    }

    @Test func fillCoversOnlyTheRectangleInsideTheCanvas() {
        var canvas = Canvas(size: Size(width: 4, height: 3))
        canvas.fill(Rect(x: 2, y: 1, width: 5, height: 5), with: "#", style: Style(.warn))
        #expect(canvas.lines == ["    ", "  ##", "  ##"])
        #expect(canvas[3, 2].style.role == .warn)
    }
}
