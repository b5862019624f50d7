import Foundation
import TerminalUI
import Vocabulary

/// `tui-demo bench`: times the off-screen rendering of the widgets (no terminal needed) and prints a table.
enum DemoBenchmark {
    static func run() {
        let frame = RGBImage(width: 640, height: 480, pixels: (0..<(640 * 480 * 3)).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let rows = (0..<200).map { TableRow(["08:\($0 % 60)", "Empleado número \($0) Pérez", "entrada"]) }
        let cases: [(String, Size, (inout Canvas) -> Void)] = [
            ("half-block 640×480 → 60×20 cells", Size(width: 60, height: 20), { canvas in
                HalfBlockImage(image: frame, overlay: PixelRect(x: 200, y: 120, width: 200, height: 240)).render(in: canvas.bounds, on: &canvas)
            }),
            ("half-block 640×480 → 120×40 cells", Size(width: 120, height: 40), { canvas in
                HalfBlockImage(image: frame).render(in: canvas.bounds, on: &canvas)
            }),
            ("table 200 rows in 80×22", Size(width: 80, height: 22), { canvas in
                Table(columns: [TableColumn("Hora", width: .fixed(5)), TableColumn("Nombre", width: .flexible(minimum: 10))],
                      rows: rows, selectedRow: 3).render(in: canvas.bounds, on: &canvas)
            }),
        ]
        print("| case | iterations | ms per render |")
        print("|---|---:|---:|")
        for (name, size, body) in cases {
            let iterations = 50
            let start = ContinuousClock.now
            for _ in 0..<iterations {
                var canvas = Canvas(size: size)
                body(&canvas)
            }
            let elapsed = ContinuousClock.now - start
            let ms = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
            print("| \(name) | \(iterations) | \(String(format: "%.3f", ms / Double(iterations))) |")
        }
    }
}
