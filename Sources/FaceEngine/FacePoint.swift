/// A landmark position in image pixels.
public struct FacePoint: Sendable, Hashable, Codable {
    /// Column.
    public var x: Int
    /// Row.
    public var y: Int

    /// A point from its coordinates.
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}
