/// What colours the terminal can show, decided once when the session starts.
public enum ColorMode: Hashable, Sendable, CustomStringConvertible {
    /// No colour (or `NO_COLOR` is set): roles fall back to bold/reverse/underline, pictures to a
    /// brightness ramp of characters.
    case monochrome
    /// The 8 or 16 ANSI colours.
    case ansi(colors: Int)
    /// The xterm 256-colour palette (6×6×6 cube plus 24 greys).
    case palette256
    /// 24-bit colour through ncurses' direct-colour mode (terminfo `RGB` flag and `COLORTERM=truecolor`).
    case trueColor

    /// "monochrome", "8 colours", "256 colours", "true colour".
    public var description: String {
        switch self {
        case .monochrome: "monochrome"
        case .ansi(let colors): "\(colors) colours"
        case .palette256: "256 colours"
        case .trueColor: "true colour"
        }
    }

    /// Chooses the mode from what the terminal reports.
    ///
    /// - Parameters:
    ///   - hasColors: ncurses' `has_colors()`.
    ///   - colors: ncurses' `COLORS`.
    ///   - hasDirectColor: the terminfo entry has the `RGB` flag.
    ///   - environment: the process environment (`NO_COLOR`, `COLORTERM`).
    public static func detect(hasColors: Bool, colors: Int, hasDirectColor: Bool, environment: [String: String]) -> ColorMode {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        guard hasColors, colors >= 8 else { return .monochrome }
        let colorTerm = environment["COLORTERM"]?.lowercased() ?? ""
        if hasDirectColor && (colorTerm == "truecolor" || colorTerm == "24bit") { return .trueColor }
        if colors >= 256 { return .palette256 }
        return .ansi(colors: colors >= 16 ? 16 : 8)
    }
}
