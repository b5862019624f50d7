/// What the UI loop hands the application, one at a time, on the UI thread.
public enum TerminalInput<Event: Sendable>: Sendable {
    /// A key press (including `.resize`).
    case key(Key)
    /// An event another thread posted with `TerminalSession.post(_:)`.
    case event(Event)
    /// No input within the input timeout: time-driven updates (the clock) go here.
    case tick
}
