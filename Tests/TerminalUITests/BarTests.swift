import Testing
import TerminalUI

@Suite struct BarTests {
    private let items = [KeyBarItem("F1", "Ayuda"), KeyBarItem("F2", "Supervisor"), KeyBarItem("F3", "Diagnóstico"), KeyBarItem("F10", "Salir")]

    @Test func keyBarAt80Columns() {
        var canvas = Canvas(size: Size(width: 80, height: 1))
        KeyBar(items).render(in: canvas.bounds, on: &canvas)
        let expected = "F1Ayuda F2Supervisor F3Diagnóstico F10Salir "
        #expect(canvas.row(0) == expected + String(repeating: " ", count: 80 - expected.count))
        #expect(canvas[0, 0].style.role == .keyBarKey)
        #expect(canvas[1, 0].style.role == .keyBarKey)
        #expect(canvas[2, 0].style.role == .keyBarAction)
        #expect(canvas[7, 0].style.role == .keyBarAction)
        #expect(canvas[8, 0].style.role == .keyBarKey)
        #expect(canvas[79, 0].style.role == .keyBarAction)
    }

    @Test func keyBarShrinksLabelsWhenNarrow() {
        var canvas = Canvas(size: Size(width: 30, height: 1))
        KeyBar(items).render(in: canvas.bounds, on: &canvas)
        #expect(KeyBar(items).labelWidths(in: 30) == [5, 5, 5, 5])
        #expect(canvas.row(0) == "F1AyudaF2Supe F3Diag F10Salir ")
    }

    @Test func headerPutsTitleLeftAndStatusRight() {
        var canvas = Canvas(size: Size(width: 40, height: 1))
        HeaderLine(title: "Asistencia", status: [Span("12:04"), Span("✓ Cámara", role: .ok), Span("✗ Red", role: .error)])
            .render(in: canvas.bounds, on: &canvas)
        #expect(canvas.row(0) == " Asistencia      12:04  ✓ Cámara  ✗ Red ")
        #expect(canvas[1, 0].style == Style(.header, emphasis: .bold))
        #expect(canvas[24, 0].style.role == .ok)
        #expect(canvas[34, 0].style.role == .error)
        #expect(canvas[22, 0].style.role == .header)
    }

    @Test func headerDropsLeadingStatusWhenCrowded() {
        var canvas = Canvas(size: Size(width: 30, height: 1))
        HeaderLine(title: "Asistencia", status: [Span("12:04"), Span("✓ Cámara", role: .ok), Span("✗ Red", role: .error)])
            .render(in: canvas.bounds, on: &canvas)
        #expect(canvas.row(0) == " Asistencia   ✓ Cámara  ✗ Red ")
    }

    @Test func bannerCentresBoldTextOnAColourBlock() {
        var canvas = Canvas(size: Size(width: 20, height: 4))
        MessageBanner("Buenos días, Ana", detail: "entrada 08:03", role: .ok).render(in: canvas.bounds, on: &canvas)
        #expect(canvas.lines == [
            "                    ",
            "  Buenos días, Ana  ",
            "   entrada 08:03    ",
            "                    ",
        ])
        #expect(canvas[0, 0].style == Style(.ok, emphasis: .reverse))
        #expect(canvas[2, 1].style == Style(.ok, emphasis: [.reverse, .bold]))
        #expect(canvas[4, 2].style == Style(.ok, emphasis: .reverse))
    }

    @Test func panelDrawsABorderWithTitle() {
        var canvas = Canvas(size: Size(width: 12, height: 3))
        Panel(title: "Hoy", isFocused: true).render(in: canvas.bounds, on: &canvas)
        #expect(canvas.lines == ["┌─ Hoy ────┐", "│          │", "└──────────┘"])
        #expect(canvas[0, 0].style.role == .frameFocused)
        #expect(canvas[3, 0].style.role == .title)
        #expect(Panel.content(of: canvas.bounds) == Rect(x: 1, y: 1, width: 10, height: 1))
    }
}
