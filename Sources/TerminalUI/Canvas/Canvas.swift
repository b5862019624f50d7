/// An off-screen grid of cells that widgets draw into; `TerminalSession` copies it to the terminal.
///
/// Drawing into a value instead of ncurses makes every widget testable without a terminal: render, then
/// read `row(_:)` or inspect cells.
///
/// ```swift
/// var canvas = Canvas(size: Size(width: 80, height: 24))
/// canvas.write("Pérez ✓", x: 0, y: 0, style: Style(.ok))
/// canvas.row(0)  // "Pérez ✓" followed by spaces
/// ```
public struct Canvas: Hashable, Sendable {
    /// Columns and rows.
    public let size: Size
    /// Cells row by row (`y * width + x`).
    public private(set) var cells: [Cell]

    /// A canvas of `size` filled with `fill`.
    public init(size: Size, fill: Cell = .blank) {
        self.size = size
        cells = Array(repeating: fill, count: size.width * size.height)
    }

    /// The whole canvas as a rectangle.
    public var bounds: Rect { Rect(size: size) }

    /// The cell at column `x`, row `y` (both must be inside the canvas).
    public subscript(x: Int, y: Int) -> Cell {
        get {
            precondition(bounds.contains(x: x, y: y), "Canvas cell (\(x),\(y)) is outside \(size)")
            return cells[y * size.width + x]
        }
        set {
            precondition(bounds.contains(x: x, y: y), "Canvas cell (\(x),\(y)) is outside \(size)")
            cells[y * size.width + x] = newValue
        }
    }

    /// Puts one character at (`x`, `y`), keeping wide characters whole: a wide character that would be cut
    /// by `clip` (or the canvas edge) becomes a space, and a wide character partly overwritten loses its
    /// other half. Returns the columns used (0 outside the clip).
    @discardableResult
    public mutating func put(_ character: Character, x: Int, y: Int, style: Style, clip: Rect? = nil) -> Int {
        let area = clip.map { $0.intersection(bounds) } ?? bounds
        guard area.contains(x: x, y: y) else { return 0 }
        let width = DisplayWidth.of(character)
        guard width > 0 else { return 0 }
        if width == 2 && !area.contains(x: x + 1, y: y) {
            store(Cell(" ", style: style), x: x, y: y)
            return 1
        }
        store(Cell(character, style: style), x: x, y: y)
        if width == 2 { store(Cell(" ", style: style, isContinuation: true), x: x + 1, y: y) }
        return width
    }

    /// Writes `text` from (`x`, `y`) rightwards, cut at `maxWidth` columns and at `clip`. Returns the
    /// columns used. Text is never wrapped; use `DisplayWidth.truncate` first to show an ellipsis.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil, clip: Rect? = nil) -> Int {
        var area = clip ?? bounds
        if let maxWidth { area = area.intersection(Rect(x: x, y: y, width: maxWidth, height: 1)) }
        var column = x
        for character in text {
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            if column >= area.maxX { break }
            if column + w > area.maxX {
                column += put(character, x: column, y: y, style: style, clip: area)
                break
            }
            if column < area.x && column + w > area.x {
                // A wide character straddling the clip's left edge: only its right half would show.
                put(" ", x: area.x, y: y, style: style, clip: area)
            } else {
                put(character, x: column, y: y, style: style, clip: area)
            }
            column += w
        }
        return column - x
    }

    /// Writes styled spans one after another; returns the columns used.
    @discardableResult
    public mutating func write(_ spans: [Span], x: Int, y: Int, maxWidth: Int? = nil, clip: Rect? = nil) -> Int {
        var column = x
        for span in spans {
            let room = maxWidth.map { $0 - (column - x) }
            if let room, room <= 0 { break }
            column += write(span.text, x: column, y: y, style: span.style, maxWidth: room, clip: clip)
        }
        return column - x
    }

    /// Fills `rect` (clipped to the canvas) with `character` in `style`.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            var x = area.x
            while x < area.maxX {
                x += max(1, put(character, x: x, y: y, style: style, clip: area))
            }
        }
    }

    /// The text of row `y`, one character per column (continuation cells skipped).
    public func row(_ y: Int) -> String {
        precondition(y >= 0 && y < size.height, "Canvas row \(y) is outside \(size)")
        var line = ""
        for x in 0..<size.width where !cells[y * size.width + x].isContinuation {
            line.append(cells[y * size.width + x].character)
        }
        return line
    }

    /// All rows' text, top to bottom.
    public var lines: [String] { (0..<size.height).map(row) }

    private mutating func store(_ cell: Cell, x: Int, y: Int) {
        let index = y * size.width + x
        let old = cells[index]
        // Overwriting either half of a wide character blanks its other half.
        if old.isContinuation && x > 0 && !cell.isContinuation {
            cells[index - 1] = Cell(" ", style: cells[index - 1].style)
        }
        if !old.isContinuation && DisplayWidth.of(old.character) == 2 && x + 1 < size.width {
            cells[index + 1] = Cell(" ", style: old.style)
        }
        cells[index] = cell
    }
}
