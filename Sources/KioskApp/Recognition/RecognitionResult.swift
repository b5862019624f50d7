public import FaceEngine

/// What a recognition worker made of one frame.
public struct RecognitionResult: Sendable {
    /// The frame's sequence number.
    public var sequence: UInt64
    /// The largest face at or above the minimum size, in frame pixels.
    public var box: FaceBox?
    public var verdict: FrameVerdict
    /// Time spent on the frame.
    public var seconds: Double
    /// The face's descriptor, for a 1:1 check against one person (badge + face).
    public var embedding: Embedding? = nil
    /// When the frame was taken, in seconds on the frames' clock.
    public var time: Double = 0
    /// The liveness evidence for this face so far (nil with liveness off, or when no face is followed).
    public var liveness: LivenessEvidence?
}
