/// A colour a theme may use for text: the terminal's default, or one of the 16 ANSI colours.
public enum ThemeColor: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// ANSI colour 0–15 (0 black, 1 red, 2 green, 3 yellow, 4 blue, 5 magenta, 6 cyan, 7 white, +8 bright).
    case ansi(UInt8)

    /// Black.
    public static let black = ThemeColor.ansi(0)
    /// Red.
    public static let red = ThemeColor.ansi(1)
    /// Green.
    public static let green = ThemeColor.ansi(2)
    /// Yellow.
    public static let yellow = ThemeColor.ansi(3)
    /// Blue.
    public static let blue = ThemeColor.ansi(4)
    /// Cyan.
    public static let cyan = ThemeColor.ansi(6)
    /// White.
    public static let white = ThemeColor.ansi(7)
}
