/// How a `TerminalSession` sets up the terminal.
public struct TerminalOptions: Sendable {
    /// How long a key read waits before the loop delivers a `.tick` (and drains posted events).
    public var inputTimeoutMilliseconds: Int
    /// How long after Esc the terminal waits for the rest of an escape sequence (ncurses `ESCDELAY`).
    public var escapeDelayMilliseconds: Int
    /// Whether `TerminalContext.ringBell()` beeps at first (can be changed on the context).
    public var isBellEnabled: Bool
    /// Colours and emphasis of each role.
    public var theme: Theme
    /// Forces a colour mode instead of detecting one (still limited to monochrome without colour support).
    public var colorMode: ColorMode?
    /// Upper bound on the colour pairs used (the terminal's own limit also applies).
    public var maximumColorPairs: Int

    /// Creates options; the defaults suit the kiosk.
    public init(
        inputTimeoutMilliseconds: Int = 50,
        escapeDelayMilliseconds: Int = 25,
        isBellEnabled: Bool = true,
        theme: Theme = .standard,
        colorMode: ColorMode? = nil,
        maximumColorPairs: Int = 16_384
    ) {
        self.inputTimeoutMilliseconds = inputTimeoutMilliseconds
        self.escapeDelayMilliseconds = escapeDelayMilliseconds
        self.isBellEnabled = isBellEnabled
        self.theme = theme
        self.colorMode = colorMode
        self.maximumColorPairs = maximumColorPairs
    }
}
