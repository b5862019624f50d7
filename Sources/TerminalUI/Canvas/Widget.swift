/// Something that draws itself into a rectangle of a `Canvas`.
///
/// Widgets are values built from a snapshot of state for each frame; they never touch the terminal.
public protocol Widget {
    /// Draws into `rect` of `canvas`, never outside it.
    func render(in rect: Rect, on canvas: inout Canvas)
}
