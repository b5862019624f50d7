/// What recognition made of one frame.
public enum FrameVerdict: Hashable, Sendable {
    /// No face at or above the minimum size (nobody, or someone passing far away).
    case noFace
    /// A face that matched nobody with enough confidence.
    case unknown(distance: Double?)
    /// A face matched to an employee; `margin` is how much farther the runner-up employee was (nil when the
    /// gallery has no other employee).
    case match(code: String, distance: Double, margin: Double? = nil)
}
