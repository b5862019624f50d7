import Testing
import TerminalUI

/// A whole screen drawn at 80×24, at 120×40, and back at 80×24, as after two terminal resizes.
@Suite struct RelayoutTests {
    private func screen(_ size: Size) -> Canvas {
        var canvas = Canvas(size: size)
        let layout = ScreenLayout(size: size)
        HeaderLine(title: "Asistencia", status: [Span("✓ Cámara", role: .ok), Span("\(size)", role: .info)])
            .render(in: layout.header, on: &canvas)
        ProgressBar(fraction: 0.5, role: .ok).render(in: layout.leftPane.splitTop(1).top, on: &canvas)
        Table(columns: [TableColumn("Hora", width: .fixed(5)), TableColumn("Nombre", width: .flexible(minimum: 8))],
              rows: (0..<50).map { TableRow(["08:\($0 + 10)", "Empleada \($0) Fernández"]) }, selectedRow: 0)
            .render(in: layout.rightPane, on: &canvas)
        KeyBar([KeyBarItem("F1", "Ayuda"), KeyBarItem("F10", "Salir")]).render(in: layout.keyBar, on: &canvas)
        return canvas
    }

    @Test func resizeRelayoutsAndComesBackIdentical() {
        let small = screen(Size(width: 80, height: 24))
        #expect(small.lines.count == 24)
        #expect(small.row(0).hasSuffix("✓ Cámara  80×24 "))
        #expect(small.row(23).hasPrefix("F1Ayuda F10Salir "))
        #expect(small.row(1).hasPrefix(String(repeating: "█", count: 15) + "▌" + String(repeating: "░", count: 15) + "  50%"))
        #expect(small.row(22).hasSuffix("08:30 Empleada 20 Fernández" + String(repeating: " ", count: 16)))

        let large = screen(Size(width: 120, height: 40))
        #expect(large.lines.count == 40)
        #expect(large.lines.allSatisfy { DisplayWidth.of($0) == 120 })
        #expect(large.row(0).hasSuffix("✓ Cámara  120×40 "))
        #expect(large.row(39).hasPrefix("F1Ayuda F10Salir "))
        #expect(large.row(38).contains("08:46 Empleada 36 Fernández"))

        #expect(screen(Size(width: 80, height: 24)) == small)
    }
}
