/// Maps each `StyleRole` to colours and emphasis, with a separate emphasis for monochrome terminals so
/// every role stays distinguishable without colour.
public struct Theme: Hashable, Sendable {
    /// How one role looks.
    public struct Paint: Hashable, Sendable {
        /// Text colour on a colour terminal.
        public var foreground: ThemeColor
        /// Background colour on a colour terminal.
        public var background: ThemeColor
        /// Emphasis on a colour terminal.
        public var emphasis: Emphasis
        /// Emphasis on a monochrome terminal (no colours at all).
        public var monochrome: Emphasis

        /// Creates a paint.
        public init(foreground: ThemeColor, background: ThemeColor = .terminalDefault, emphasis: Emphasis = [], monochrome: Emphasis = []) {
            self.foreground = foreground
            self.background = background
            self.emphasis = emphasis
            self.monochrome = monochrome
        }
    }

    private var paints: [StyleRole: Paint]

    /// Creates a theme; roles missing from `paints` are drawn as `.normal`.
    public init(paints: [StyleRole: Paint]) {
        self.paints = paints
    }

    /// The paint for `role`.
    public subscript(role: StyleRole) -> Paint {
        get { paints[role] ?? paints[.normal] ?? Paint(foreground: .terminalDefault) }
        set { paints[role] = newValue }
    }

    /// The kiosk's theme: htop-like key bar (black on cyan), green/yellow/red statuses, reverse-video
    /// table header and selection. Only ANSI colours 0–7, so it also works in direct-colour mode.
    public static let standard = Theme(paints: [
        .normal: Paint(foreground: .terminalDefault),
        .header: Paint(foreground: .terminalDefault, emphasis: .bold, monochrome: .bold),
        .title: Paint(foreground: .cyan, emphasis: .bold, monochrome: .bold),
        .muted: Paint(foreground: .terminalDefault, emphasis: .dim, monochrome: .dim),
        .ok: Paint(foreground: .green, emphasis: .bold, monochrome: .bold),
        .warn: Paint(foreground: .yellow, emphasis: .bold, monochrome: [.bold, .underline]),
        .error: Paint(foreground: .red, emphasis: .bold, monochrome: [.bold, .reverse]),
        .info: Paint(foreground: .cyan, monochrome: []),
        .keyBarKey: Paint(foreground: .terminalDefault, monochrome: []),
        .keyBarAction: Paint(foreground: .black, background: .cyan, monochrome: .reverse),
        .tableHeader: Paint(foreground: .green, emphasis: [.reverse, .bold], monochrome: [.reverse, .bold]),
        .selection: Paint(foreground: .black, background: .cyan, monochrome: [.reverse, .bold]),
        .frame: Paint(foreground: .terminalDefault, emphasis: .dim, monochrome: []),
        .frameFocused: Paint(foreground: .green, emphasis: .bold, monochrome: .bold),
    ])
}
