/// How one cell is drawn: a semantic role, extra emphasis, and optional explicit colours.
///
/// Explicit colours are for pictures (the half-block preview); text uses roles. An explicit colour
/// overrides the role's colour on that side; `nil` keeps the role's.
public struct Style: Hashable, Sendable {
    /// The meaning, mapped to colours by the theme.
    public var role: StyleRole
    /// Attributes added to the role's own.
    public var emphasis: Emphasis
    /// Explicit foreground colour (pictures only).
    public var foreground: RGB?
    /// Explicit background colour (pictures only).
    public var background: RGB?

    /// Creates a style.
    public init(_ role: StyleRole = .normal, emphasis: Emphasis = [], foreground: RGB? = nil, background: RGB? = nil) {
        self.role = role
        self.emphasis = emphasis
        self.foreground = foreground
        self.background = background
    }

    /// Ordinary text.
    public static let plain = Style()

    /// This style with `extra` emphasis added.
    public func adding(_ extra: Emphasis) -> Style {
        var copy = self
        copy.emphasis.formUnion(extra)
        return copy
    }
}
