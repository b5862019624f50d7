import Testing
import TerminalUI

@Suite struct TableTests {
    private let columns = [
        TableColumn("Hora", width: .fixed(5)),
        TableColumn("Nombre", width: .flexible(minimum: 8)),
        TableColumn("Tipo", width: .fixed(7), alignment: .trailing),
    ]
    private let rows = [
        TableRow(["08:03", "Ana Pérez", "entrada"], role: .ok),
        TableRow(["08:05", "José Núñez Fernández de Córdoba", "entrada"]),
        TableRow(["08:21", "María Ibáñez", "tarde"], role: .warn),
        TableRow(["08:40", "Desconocido", "✗"], role: .error),
    ]

    @Test func columnWidthsShareTheSpareByWeight() {
        #expect(Table.columnWidths(columns, totalWidth: 30) == [5, 16, 7])
        let weighted = [TableColumn("a", width: .flexible(minimum: 2, weight: 1)), TableColumn("b", width: .flexible(minimum: 2, weight: 3))]
        #expect(Table.columnWidths(weighted, totalWidth: 13) == [4, 8])
        #expect(Table.columnWidths(columns, totalWidth: 10) == [5, 8, 7])
    }

    @Test func rendersHeaderRowsAndTruncation() {
        var canvas = Canvas(size: Size(width: 30, height: 4))
        Table(columns: columns, rows: rows).render(in: canvas.bounds, on: &canvas)
        #expect(canvas.lines == [
            "Hora  Nombre              Tipo",
            "08:03 Ana Pérez        entrada",
            "08:05 José Núñez Fern… entrada",
            "08:21 María Ibáñez       tarde",
        ])
        #expect(canvas[0, 0].style.role == .tableHeader)
        #expect(canvas[29, 0].style.role == .tableHeader)
        #expect(canvas[6, 1].style.role == .ok)
        #expect(canvas[6, 3].style.role == .warn)
    }

    @Test func headerIsReverseVideoInEveryMode() {
        let header = Theme.standard[.tableHeader]
        #expect(header.emphasis.contains(.reverse))
        #expect(header.monochrome.contains(.reverse))
    }

    @Test func selectedRowIsHighlightedAcrossTheWholeWidth() {
        var canvas = Canvas(size: Size(width: 30, height: 4))
        Table(columns: columns, rows: rows, selectedRow: 2).render(in: canvas.bounds, on: &canvas)
        for x in 0..<30 { #expect(canvas[x, 3].style.role == .selection) }
        #expect(canvas[6, 2].style.role == .normal)
    }

    @Test func scrollOffsetShowsLaterRowsAndBlanksTheRest() {
        var canvas = Canvas(size: Size(width: 30, height: 4))
        Table(columns: columns, rows: rows, selectedRow: 3, scrollOffset: 2).render(in: canvas.bounds, on: &canvas)
        #expect(canvas.row(1) == "08:21 María Ibáñez       tarde")
        #expect(canvas.row(2) == "08:40 Desconocido            ✗")
        #expect(canvas.row(3) == String(repeating: " ", count: 30))
        #expect(canvas[0, 2].style.role == .selection)
    }

    @Test func scrollOffsetFollowsTheSelection() {
        #expect(Table.scrollOffset(showing: 0, visibleRows: 3, current: 0) == 0)
        #expect(Table.scrollOffset(showing: 3, visibleRows: 3, current: 0) == 1)
        #expect(Table.scrollOffset(showing: 2, visibleRows: 3, current: 1) == 1)
        #expect(Table.scrollOffset(showing: 0, visibleRows: 3, current: 5) == 0)
    }

    @Test func narrowTableClipsTheLastColumnsWithAnEllipsis() {
        var canvas = Canvas(size: Size(width: 18, height: 2))
        Table(columns: columns, rows: rows).render(in: canvas.bounds, on: &canvas)
        #expect(canvas.row(0) == "Hora  Nombre   Ti…")
        #expect(canvas.row(1) == "08:03 Ana Pér… en…")
    }
}
