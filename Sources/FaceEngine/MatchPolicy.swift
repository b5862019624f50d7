/// The acceptance rule: the nearest employee is accepted when its distance is at most `threshold` and the
/// runner-up employee is at least `margin` farther; anything else is unknown.
public struct MatchPolicy: Sendable, Hashable {
    /// Largest accepted distance (`recognition.threshold`, default 0.55, chosen with `kiosk bench --identification`).
    public var threshold: Float
    /// Smallest gap between best and runner-up employee (`recognition.margin`, default 0.05).
    public var margin: Float

    /// A policy from its two numbers.
    ///
    /// - Precondition: both are finite and not negative.
    public init(threshold: Float = 0.55, margin: Float = 0.05) {
        precondition(threshold.isFinite && threshold >= 0, "threshold \(threshold) must be a non-negative number")
        precondition(margin.isFinite && margin >= 0, "margin \(margin) must be a non-negative number")
        self.threshold = threshold
        self.margin = margin
    }

    /// Applies the rule to a search result (nil: empty gallery).
    public func decide(_ match: GalleryMatch?) -> MatchDecision {
        guard let match else { return .emptyGallery }
        guard match.distance <= threshold else { return .tooFar(distance: match.distance) }
        if let runnerUp = match.runnerUpDistance, runnerUp - match.distance < margin {
            return .ambiguous(distance: match.distance, runnerUpDistance: runnerUp)
        }
        return .accepted(employeeCode: match.employeeCode, distance: match.distance)
    }
}
