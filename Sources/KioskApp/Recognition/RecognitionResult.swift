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
}
