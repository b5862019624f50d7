/// The htop-like bottom bar: each key printed plain, its action on a colour block
/// ("F1Ayuda  F2Supervisor  F3Diagnóstico  F10Salir"), the rest of the line in the block colour.
public struct KeyBar: Widget, Sendable {
    /// The entries, left to right.
    public var items: [KeyBarItem]
    /// Each action block is at least this wide (htop uses 6).
    public var minimumLabelWidth: Int

    /// Creates a key bar.
    public init(_ items: [KeyBarItem], minimumLabelWidth: Int = 6) {
        self.items = items
        self.minimumLabelWidth = minimumLabelWidth
    }

    /// The width of each action block in `width` columns: the label plus a space (at least
    /// `minimumLabelWidth`), shrunk evenly when the bar would not fit.
    public func labelWidths(in width: Int) -> [Int] {
        let natural = items.map { max(minimumLabelWidth, DisplayWidth.of($0.label) + 1) }
        let keys = items.reduce(0) { $0 + DisplayWidth.of($1.key) }
        guard natural.reduce(0, +) + keys > width, !items.isEmpty else { return natural }
        let share = max(1, (width - keys) / items.count)
        return natural.map { min($0, share) }
    }

    /// Draws the first row of `rect`.
    public func render(in rect: Rect, on canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        let line = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        canvas.fill(line, style: Style(.keyBarAction))
        var x = line.x
        for (item, width) in zip(items, labelWidths(in: line.width)) {
            guard x < line.maxX else { break }
            x += canvas.write(item.key, x: x, y: line.y, style: Style(.keyBarKey), clip: line)
            let label = DisplayWidth.fit(DisplayWidth.truncate(item.label, to: width, ellipsis: " ").trimmingTrailingSpaces, to: width)
            x += canvas.write(label, x: x, y: line.y, style: Style(.keyBarAction), clip: line)
        }
    }
}

extension String {
    /// The string without trailing spaces.
    fileprivate var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
