/// A run of text in one style, for lines that mix styles ("✓ Cámara" in green, then "✗ Servidor" in red).
public struct Span: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The text.
    public var text: String
    /// Its style.
    public var style: Style

    /// Creates a span.
    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// Creates a span with a role.
    public init(_ text: String, role: StyleRole, emphasis: Emphasis = []) {
        self.init(text, style: Style(role, emphasis: emphasis))
    }

    /// A plain span from a literal.
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// Columns the text occupies.
    public var width: Int { DisplayWidth.of(text) }
}
