/// The largest face of a frame, described: its box, landmarks, embedding, and the time each stage took.
public struct FaceObservation: Sendable {
    /// The face's box in frame pixels.
    public let box: FaceBox
    /// Its five landmarks.
    public let landmarks: FaceLandmarks
    /// Its descriptor.
    public let embedding: Embedding
    /// Faces the detector found in the frame (this one is the largest).
    public let facesFound: Int
    /// Seconds spent detecting.
    public let detectSeconds: Double
    /// Seconds spent placing landmarks.
    public let landmarksSeconds: Double
    /// Seconds spent extracting the chip.
    public let chipSeconds: Double
    /// Seconds spent computing the descriptor.
    public let descriptorSeconds: Double

    /// Total seconds for the frame.
    public var totalSeconds: Double { detectSeconds + landmarksSeconds + chipSeconds + descriptorSeconds }
}
