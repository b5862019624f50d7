/// A box with a title in its top border (btop-like); the focused panel's border is green.
public struct Panel: Widget, Sendable {
    /// Text in the top border ("Últimos fichajes"); empty for none.
    public var title: String
    /// Whether the panel has the focus.
    public var isFocused: Bool

    /// Creates a panel.
    public init(title: String = "", isFocused: Bool = false) {
        self.title = title
        self.isFocused = isFocused
    }

    /// The inside of a panel drawn in `rect`.
    public static func content(of rect: Rect) -> Rect {
        rect.inset(horizontal: 1, vertical: 1)
    }

    /// Draws the border (and clears the inside); needs at least 2×2 cells.
    public func render(in rect: Rect, on canvas: inout Canvas) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let style = Style(isFocused ? .frameFocused : .frame)
        canvas.fill(Self.content(of: rect))
        canvas.fill(Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: 1), with: "─", style: style)
        canvas.fill(Rect(x: rect.x + 1, y: rect.maxY - 1, width: rect.width - 2, height: 1), with: "─", style: style)
        canvas.fill(Rect(x: rect.x, y: rect.y + 1, width: 1, height: rect.height - 2), with: "│", style: style)
        canvas.fill(Rect(x: rect.maxX - 1, y: rect.y + 1, width: 1, height: rect.height - 2), with: "│", style: style)
        canvas.put("┌", x: rect.x, y: rect.y, style: style)
        canvas.put("┐", x: rect.maxX - 1, y: rect.y, style: style)
        canvas.put("└", x: rect.x, y: rect.maxY - 1, style: style)
        canvas.put("┘", x: rect.maxX - 1, y: rect.maxY - 1, style: style)
        if !title.isEmpty && rect.width > 6 {
            let text = " " + DisplayWidth.truncate(title, to: rect.width - 6) + " "
            canvas.write(text, x: rect.x + 2, y: rect.y, style: Style(.title))
        }
    }
}
