/// What loading the models did and how long it took, for the start-up panel and `kiosk bench`.
public struct ModelLoadReport: Sendable, Codable {
    /// One verified file.
    public struct File: Sendable, Codable {
        /// File name.
        public let name: String
        /// Size in bytes.
        public let size: Int
        /// SHA-256, lower-case hex.
        public let sha256: String
    }

    /// The files read and verified.
    public let files: [File]
    /// Seconds to read and hash the files.
    public let verifySeconds: Double
    /// Seconds to deserialise the descriptor network (in parallel with the next two).
    public let descriptorNetworkSeconds: Double
    /// Seconds to deserialise the shape predictor.
    public let shapePredictorSeconds: Double
    /// Seconds to build the HOG frontal face detector.
    public let detectorSeconds: Double
    /// Seconds from the start of verification to models ready.
    public let totalSeconds: Double
    /// Whether OpenBLAS was found and set to one thread per caller.
    public let openBLASSingleThreaded: Bool
}
