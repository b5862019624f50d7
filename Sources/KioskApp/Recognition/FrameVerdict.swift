/// What recognition made of one frame.
public enum FrameVerdict: Hashable, Sendable {
    /// No face at or above the minimum size (nobody, or someone passing far away).
    case noFace
    /// A face that matched nobody with enough confidence.
    case unknown(distance: Double?)
    /// A face matched to an employee.
    case match(code: String, distance: Double)
}
