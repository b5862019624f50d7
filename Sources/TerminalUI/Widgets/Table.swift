/// A scrolling table: a reverse-video header row, then `rows` from `scrollOffset`, the `selectedRow`
/// highlighted across its full width. Cell text that does not fit ends in "…".
///
/// ```swift
/// let table = Table(
///     columns: [TableColumn("Hora", width: .fixed(5)), TableColumn("Nombre", width: .flexible(minimum: 10))],
///     rows: punches.map { TableRow([$0.time, $0.name]) },
///     selectedRow: selected,
///     scrollOffset: Table.scrollOffset(showing: selected, visibleRows: area.height - 1, current: offset))
/// table.render(in: area, on: &canvas)
/// ```
public struct Table: Widget, Sendable {
    /// Column specifications.
    public var columns: [TableColumn]
    /// All rows (the table shows the ones that fit from `scrollOffset`).
    public var rows: [TableRow]
    /// Index into `rows` of the highlighted row.
    public var selectedRow: Int?
    /// Index into `rows` of the first row shown.
    public var scrollOffset: Int

    /// Creates a table.
    public init(columns: [TableColumn], rows: [TableRow], selectedRow: Int? = nil, scrollOffset: Int = 0) {
        self.columns = columns
        self.rows = rows
        self.selectedRow = selectedRow
        self.scrollOffset = max(0, scrollOffset)
    }

    /// Widths of `columns` in `totalWidth` columns, one space between columns: fixed columns first, then
    /// flexible ones share the rest by weight (never below their minimum; the extra goes to the last one).
    public static func columnWidths(_ columns: [TableColumn], totalWidth: Int) -> [Int] {
        let available = max(0, totalWidth - max(0, columns.count - 1))
        var widths = columns.map { column -> Int in
            switch column.width {
            case .fixed(let w): max(0, w)
            case .flexible(let minimum, _): max(0, minimum)
            }
        }
        let flexible = columns.indices.filter { if case .flexible = columns[$0].width { true } else { false } }
        let spare = available - widths.reduce(0, +)
        guard spare > 0, !flexible.isEmpty else { return widths }
        let weights = flexible.map { index -> Int in
            if case .flexible(_, let weight) = columns[index].width { return max(1, weight) }
            return 1
        }
        let totalWeight = weights.reduce(0, +)
        var given = 0
        for (index, weight) in zip(flexible, weights) {
            let share = spare * weight / totalWeight
            widths[index] += share
            given += share
        }
        widths[flexible[flexible.count - 1]] += spare - given
        return widths
    }

    /// The scroll offset that keeps `selected` visible in `visibleRows` rows, moving `current` as little as
    /// possible.
    public static func scrollOffset(showing selected: Int, visibleRows: Int, current: Int) -> Int {
        guard visibleRows > 0 else { return max(0, selected) }
        if selected < current { return max(0, selected) }
        if selected >= current + visibleRows { return selected - visibleRows + 1 }
        return max(0, current)
    }

    /// Draws the header on the first row of `rect` and rows below it.
    public func render(in rect: Rect, on canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        let widths = Self.columnWidths(columns, totalWidth: rect.width)
        let header = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        canvas.fill(header, style: Style(.tableHeader))
        draw(cells: columns.map(\.title), widths: widths, y: rect.y, style: Style(.tableHeader), area: rect, on: &canvas)
        for line in 1..<max(1, rect.height) {
            let index = scrollOffset + line - 1
            let y = rect.y + line
            let rowArea = Rect(x: rect.x, y: y, width: rect.width, height: 1)
            guard index < rows.count else {
                canvas.fill(rowArea)
                continue
            }
            let style = index == selectedRow ? Style(.selection) : Style(rows[index].role)
            canvas.fill(rowArea, style: style)
            draw(cells: rows[index].cells, widths: widths, y: y, style: style, area: rect, on: &canvas)
        }
    }

    private func draw(cells: [String], widths: [Int], y: Int, style: Style, area: Rect, on canvas: inout Canvas) {
        var x = area.x
        for (index, column) in columns.enumerated() {
            let room = min(widths[index], area.maxX - x)
            guard room > 0 else { break }
            let text = index < cells.count ? cells[index] : ""
            canvas.write(DisplayWidth.fit(text, to: room, alignment: column.alignment), x: x, y: y, style: style, clip: area)
            x += widths[index] + 1
        }
    }
}
