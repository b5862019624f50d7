extension KioskConfiguration {
    /// `[liveness]`: live evidence (a blink, non-rigid motion) before a face is punched, so a printed photo
    /// or a phone screen held to the camera is not.
    public struct Liveness: Codable, Hashable, Sendable {
        /// `on`: a confirmed face is punched only with live evidence; `off`: punched on identity alone.
        public var mode = "on"
        /// Seconds after the identity is confirmed within which live evidence must appear.
        public var windowSeconds = 3
        public init() {}

        /// Whether the liveness check runs (validation has checked `mode` is `on` or `off`).
        public var isOn: Bool { mode == "on" }

        enum CodingKeys: String, CodingKey {
            case mode
            case windowSeconds = "window_seconds"
        }
    }
}
