/// The screens of a terminal program, driven by `TerminalSession` on its UI thread.
///
/// The session calls `handle` for each input and `draw` whenever a redraw is due (after any key or event,
/// or after `TerminalContext.setNeedsRedraw()`). `draw` receives a blank canvas of the terminal's current
/// size: compute the layout from `canvas.size` every time and a resize relayouts by itself.
public protocol TerminalApplication {
    /// What other threads post to the UI (frames ready, punch recorded, phase finished…).
    associatedtype Event: Sendable

    /// Reacts to one input; may ring the bell, request a redraw, or quit through `context`.
    mutating func handle(_ input: TerminalInput<Event>, context: TerminalContext)

    /// Draws the whole screen into `canvas`.
    func draw(on canvas: inout Canvas, context: TerminalContext)
}
