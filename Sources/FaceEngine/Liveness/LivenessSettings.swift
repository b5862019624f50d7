/// The thresholds of the liveness decision; the defaults were chosen on the material of `../shared/liveness`
/// (README, "Liveness").
public struct LivenessSettings: Sendable, Hashable {
    /// Seconds after the identity is confirmed within which live evidence must appear (`[liveness]
    /// window_seconds`).
    public var windowSeconds: Double
    /// Eyelid motion (a blink, a squint, eyes opening): the eye aspect ratio (aligned on the face plane) of
    /// some frame is at most this fraction of the open eye's (the median of the frames so far) …
    public var blinkRatio: Double
    /// … and by at least this much (a squinting or laughing face has little eye to lose).
    public var blinkDrop: Double
    /// Non-rigid motion: the landmarks' root mean square distance from the best single homography of the
    /// face plane, in interocular distances, above which a frame counts as non-rigid …
    public var nonRigidResidual: Double
    /// … in at least this many consecutive frames (one frame may be a landmark slip).
    public var nonRigidFrames: Int
    /// Frames needed before any evidence counts (the first ones set the reference).
    public var minimumFrames: Int

    /// The settings, defaulting to the measured thresholds.
    public init(windowSeconds: Double = 3, blinkRatio: Double = 0.65, blinkDrop: Double = 0.12, nonRigidResidual: Double = 0.05,
                nonRigidFrames: Int = 3, minimumFrames: Int = 3) {
        precondition(windowSeconds > 0 && blinkRatio > 0 && blinkRatio < 1 && blinkDrop >= 0 && nonRigidResidual > 0 && nonRigidFrames >= 1,
                     "liveness settings out of range")
        self.windowSeconds = windowSeconds
        self.blinkRatio = blinkRatio
        self.blinkDrop = blinkDrop
        self.nonRigidResidual = nonRigidResidual
        self.nonRigidFrames = nonRigidFrames
        self.minimumFrames = minimumFrames
    }
}
