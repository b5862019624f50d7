/// A large message: the whole rectangle becomes a block in the role's colour (reverse video, so it also
/// stands out on a monochrome terminal) with the text bold and centred, wrapped over several lines, and an
/// optional detail line below it ("Buenos días, Ana" / "entrada 08:03, a tiempo").
public struct MessageBanner: Widget, Sendable {
    /// The main text, bold.
    public var text: String
    /// A second, plain line.
    public var detail: String?
    /// `.ok` greeting, `.warn` confirm, `.error` unknown face, `.info` neutral.
    public var role: StyleRole

    /// Creates a banner.
    public init(_ text: String, detail: String? = nil, role: StyleRole) {
        self.text = text
        self.detail = detail
        self.role = role
    }

    /// Draws the banner over all of `rect`.
    public func render(in rect: Rect, on canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        let block = Style(role, emphasis: .reverse)
        canvas.fill(rect, style: block)
        let inner = rect.inset(horizontal: 1, vertical: 0)
        var lines = DisplayWidth.wrap(text, to: inner.width).map { ($0, block.adding(.bold)) }
        if let detail { lines += DisplayWidth.wrap(detail, to: inner.width).map { ($0, block) } }
        lines = Array(lines.prefix(rect.height))
        let top = rect.y + (rect.height - lines.count) / 2
        for (offset, (line, style)) in lines.enumerated() {
            canvas.write(DisplayWidth.fit(line, to: inner.width, alignment: .center), x: inner.x, y: top + offset, style: style, clip: inner)
        }
    }
}
