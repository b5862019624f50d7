import CNcurses

/// Copies a `Canvas` to ncurses' standard screen and flushes it, UI thread only.
///
/// Every cell is written each frame; ncurses compares with what the terminal shows and sends only the
/// differences (`wnoutrefresh` + `doupdate`), so there is no flicker.
final class Screen {
    private let theme: Theme
    private let mode: ColorMode
    private let defaultColors: Bool
    private var pairs: ColorPairCache
    private var text: [wchar_t] = Array(repeating: 0, count: 8)

    init(theme: Theme, mode: ColorMode, defaultColors: Bool, pairCapacity: Int) {
        self.theme = theme
        self.mode = mode
        self.defaultColors = defaultColors
        pairs = ColorPairCache(capacity: max(1, pairCapacity))
    }

    /// Draws `canvas` from the top-left corner (clipped to the terminal) and updates the terminal.
    func draw(_ canvas: Canvas) {
        let window = cn_stdscr()
        let rows = min(canvas.size.height, Int(cn_max_y(window)))
        let columns = min(canvas.size.width, Int(cn_max_x(window)))
        var resolved: [Style: (attributes: attr_t, pair: Int32, substitute: Character?)] = [:]
        for y in 0..<rows {
            for x in 0..<columns {
                let cell = canvas[x, y]
                if cell.isContinuation { continue }
                let look: (attributes: attr_t, pair: Int32, substitute: Character?)
                if let known = resolved[cell.style] {
                    look = known
                } else {
                    let paint = CellPaint(style: cell.style, theme: theme, mode: mode, defaultColors: defaultColors)
                    look = (Self.attributes(paint.emphasis), pair(for: paint), paint.substitute)
                    resolved[cell.style] = look
                }
                put(look.substitute ?? cell.character, y: y, x: x, attributes: look.attributes, pair: look.pair, window: window)
            }
        }
        wnoutrefresh(window)
        doupdate()
    }

    private func put(_ character: Character, y: Int, x: Int, attributes: attr_t, pair: Int32, window: UnsafeMutablePointer<WINDOW>?) {
        var count = 0
        for scalar in character.unicodeScalars where count < 5 {
            text[count] = wchar_t(bitPattern: scalar.value)
            count += 1
        }
        text[count] = 0
        text.withUnsafeBufferPointer { buffer in
            _ = cn_put_cell(window, Int32(y), Int32(x), buffer.baseAddress, attributes, pair)
        }
    }

    private func pair(for paint: CellPaint) -> Int32 {
        guard mode != .monochrome, paint.foreground != -1 || paint.background != -1 else { return 0 }
        let lookup = pairs.pair(foreground: paint.foreground, background: paint.background)
        if lookup.isNew { init_extended_pair(lookup.pair, paint.foreground, paint.background) }
        return lookup.pair
    }

    private static func attributes(_ emphasis: Emphasis) -> attr_t {
        var value = cn_a_normal()
        if emphasis.contains(.bold) { value |= cn_a_bold() }
        if emphasis.contains(.reverse) { value |= cn_a_reverse() }
        if emphasis.contains(.underline) { value |= cn_a_underline() }
        if emphasis.contains(.dim) { value |= cn_a_dim() }
        return value
    }
}
