/// The top line: a title on the left and status words on the right ("12:04  ✓ Cámara  ✗ Servidor").
///
/// Status spans keep their own roles, so each status colour comes with its word.
public struct HeaderLine: Widget, Sendable {
    /// Left-aligned title (kiosk name).
    public var title: String
    /// Right-aligned status spans, drawn two spaces apart.
    public var status: [Span]

    /// Creates a header line.
    public init(title: String, status: [Span] = []) {
        self.title = title
        self.status = status
    }

    /// Draws the first row of `rect`; the status is dropped from the left when it would cover the title.
    public func render(in rect: Rect, on canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        let line = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        canvas.fill(line, style: Style(.header))
        let titleWidth = canvas.write(DisplayWidth.truncate(title, to: max(0, line.width - 2)), x: line.x + 1, y: line.y, style: Style(.header, emphasis: .bold), clip: line)
        var shown = status
        let room = line.width - titleWidth - 4
        while !shown.isEmpty && Self.width(of: shown) > room { shown.removeFirst() }
        guard !shown.isEmpty else { return }
        var x = line.maxX - 1 - Self.width(of: shown)
        for (index, span) in shown.enumerated() {
            if index > 0 { x += canvas.write("  ", x: x, y: line.y, style: Style(.header), clip: line) }
            x += canvas.write(span.text, x: x, y: line.y, style: span.style, clip: line)
        }
    }

    private static func width(of spans: [Span]) -> Int {
        spans.reduce(0) { $0 + $1.width } + 2 * max(0, spans.count - 1)
    }
}
