/// What the landmarks of one face showed so far: eyelid motion (a blink) and motion a flat picture cannot make.
public struct LivenessEvidence: Sendable, Hashable {
    /// Frames whose 68 landmarks were placed.
    public var frames = 0
    /// Seconds from the first of them to the last.
    public var seconds = 0.0
    /// Highest and lowest eye aspect ratio (aligned on the face plane) seen.
    public var highestEyeRatio = 0.0
    public var lowestEyeRatio = 0.0
    /// The open eye's ratio: the median of the frames so far.
    public var openEyeRatio = 0.0
    /// Largest non-rigid residual held for the required run of frames, in interocular distances.
    public var nonRigidResidual = 0.0
    /// Seconds after the first frame at which eyelid motion was seen, if it was.
    public var blinkAt: Double?
    /// Seconds after the first frame at which non-rigid motion was seen, if it was.
    public var nonRigidAt: Double?
    /// Seconds spent placing the 68 landmarks (the added CPU of liveness).
    public var landmarkSeconds = 0.0

    public init() {}

    /// The lowest eye ratio as a fraction of the open eye's (1 when the eyes never moved).
    public var eyeRatioDrop: Double { openEyeRatio > 0 ? lowestEyeRatio / openEyeRatio : 1 }

    /// Whether the face showed live evidence.
    public var isLive: Bool { blinkAt != nil || nonRigidAt != nil }

    /// When the first evidence came, in seconds after the first frame.
    public var liveAt: Double? {
        switch (blinkAt, nonRigidAt) {
        case (let a?, let b?): min(a, b)
        case (let a?, nil): a
        case (nil, let b?): b
        case (nil, nil): nil
        }
    }
}
