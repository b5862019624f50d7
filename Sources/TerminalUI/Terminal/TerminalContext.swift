import CNcurses

/// The UI thread's handle on the running session, passed to `TerminalApplication`'s methods.
///
/// Not `Sendable` on purpose: it calls ncurses, which only the UI thread may do.
public final class TerminalContext {
    /// The terminal's size now.
    public internal(set) var size: Size
    /// The colours the terminal shows.
    public let colorMode: ColorMode
    /// Whether `ringBell()` makes a sound (switch off for a quiet site).
    public var isBellEnabled: Bool
    var needsRedraw = true
    var quitRequested = false

    init(size: Size, colorMode: ColorMode, isBellEnabled: Bool) {
        self.size = size
        self.colorMode = colorMode
        self.isBellEnabled = isBellEnabled
    }

    /// Beeps (ncurses `beep`), unless the bell is off.
    public func ringBell() {
        if isBellEnabled { beep() }
    }

    /// Asks for `draw` to run after this input, e.g. on a `.tick` when the clock's minute changed.
    public func setNeedsRedraw() {
        needsRedraw = true
    }

    /// Ends the session after this input; `run` returns `.quit`.
    public func quit() {
        quitRequested = true
    }
}
