/// A rectangle in picture pixels (for example the detected face box in camera-frame coordinates).
public struct PixelRect: Hashable, Sendable {
    /// Left pixel column.
    public var x: Int
    /// Top pixel row.
    public var y: Int
    /// Pixels wide.
    public var width: Int
    /// Pixels high.
    public var height: Int

    /// Creates a pixel rectangle.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
}
