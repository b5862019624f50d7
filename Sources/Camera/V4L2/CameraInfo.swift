/// One `/dev/video*` node as the camera listing describes it.
public struct CameraInfo: Sendable, Equatable {
    /// One pixel format with its sizes.
    public struct Format: Sendable, Equatable {
        /// The four-character code, e.g. "MJPG".
        public let fourcc: String
        /// The driver's name for it, e.g. "Motion-JPEG".
        public let description: String
        /// Frame sizes with the frame rates offered at each.
        public let sizes: [Size]
    }

    /// One frame size.
    public struct Size: Sendable, Equatable {
        /// Width in pixels.
        public let width: Int
        /// Height in pixels.
        public let height: Int
        /// Frame rates offered; empty when the driver does not say.
        public let rates: [Double]
    }

    /// The node, e.g. `/dev/video0`.
    public let path: String
    /// The kernel driver, e.g. "uvcvideo"; empty when the node could not be opened.
    public let driver: String
    /// The camera's name.
    public let card: String
    /// Whether it can stream video (UVC cameras also create metadata nodes that cannot).
    public let canCapture: Bool
    /// Capture formats, empty for a node that cannot capture.
    public let formats: [Format]
    /// Why the node could not be examined (permission, busy), if it could not.
    public let problem: CameraError?
}
