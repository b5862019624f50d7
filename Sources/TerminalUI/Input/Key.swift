/// A key press (or a terminal resize), decoded from ncurses.
public enum Key: Hashable, Sendable {
    /// A printable character, digits included ("5", "a", "ñ").
    case character(Character)
    /// Function key F1…F12 (`.function(10)` is F10).
    case function(Int)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Home.
    case home
    /// End.
    case end
    /// Page up.
    case pageUp
    /// Page down.
    case pageDown
    /// Insert.
    case insert
    /// Delete (forward).
    case delete
    /// Enter / Return (main keyboard or keypad).
    case enter
    /// Escape.
    case escape
    /// Backspace.
    case backspace
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// The terminal changed size: relayout and redraw.
    case resize
    /// A key ncurses reported that has no case here (its ncurses code).
    case unknown(Int32)

    /// The digit 0–9 this key types, if it is a digit.
    public var digit: Int? {
        guard case .character(let c) = self, let value = c.wholeNumberValue, c.isASCII else { return nil }
        return value
    }
}
