/// A style resolved for one colour mode: ncurses colour numbers (-1 = terminal default), attributes, and
/// the character to draw instead when the mode cannot show the picture's colours.
struct CellPaint: Hashable {
    var foreground: Int32
    var background: Int32
    var emphasis: Emphasis
    /// Replaces the cell's character (monochrome pictures become a brightness ramp).
    var substitute: Character?

    /// Characters from dark to bright, for pictures on a monochrome terminal.
    static let brightnessRamp: [Character] = Array(" .:-=+*#%@")

    /// Resolves `style` for `mode` with `theme`.
    ///
    /// - Parameter defaultColors: false when the terminal refused `use_default_colors`, so -1 is not a
    ///   valid colour number and white on black is used instead.
    init(style: Style, theme: Theme, mode: ColorMode, defaultColors: Bool = true) {
        let paint = theme[style.role]
        substitute = nil
        guard mode != .monochrome else {
            foreground = -1
            background = -1
            emphasis = paint.monochrome.union(style.emphasis)
            if style.foreground != nil || style.background != nil {
                let upper = style.foreground?.luminance ?? 0
                let lower = style.background?.luminance ?? upper
                let level = (upper + lower) / 2
                substitute = Self.brightnessRamp[min(Self.brightnessRamp.count - 1, level * Self.brightnessRamp.count / 256)]
            }
            return
        }
        emphasis = paint.emphasis.union(style.emphasis)
        foreground = style.foreground.map { Self.number(for: $0, mode: mode) }
            ?? Self.number(for: paint.foreground, mode: mode, defaultColors: defaultColors, isForeground: true)
        background = style.background.map { Self.number(for: $0, mode: mode) }
            ?? Self.number(for: paint.background, mode: mode, defaultColors: defaultColors, isForeground: false)
    }

    /// The ncurses colour number of an RGB colour in `mode`.
    static func number(for color: RGB, mode: ColorMode) -> Int32 {
        switch mode {
        case .monochrome: return -1
        case .ansi(let colors): return Int32(XtermPalette.indexANSI(for: color, count: colors))
        case .palette256: return Int32(XtermPalette.index256(for: color))
        // xterm-direct reads values 0–7 as ANSI colours, so near-black RGB moves up to 8 (still black).
        case .trueColor: return max(8, color.packed)
        }
    }

    /// The ncurses colour number of a theme colour in `mode`.
    static func number(for color: ThemeColor, mode: ColorMode, defaultColors: Bool, isForeground: Bool) -> Int32 {
        switch color {
        case .terminalDefault:
            return defaultColors ? -1 : (isForeground ? 7 : 0)
        case .ansi(let index):
            if mode == .trueColor && index >= 8 { return XtermPalette.color(at: Int(index)).packed }
            if case .ansi(let colors) = mode, Int(index) >= colors { return Int32(index % 8) }
            return Int32(index)
        }
    }
}
