public import Camera

/// Where the runtime meets the camera: opens the configured device and starts it. Blocking (V4L2 open,
/// format negotiation, stream-on): the runtime calls it on a dedicated thread.
public protocol CameraOpening: Sendable {
    /// Opens and starts `device` at the requested size and rate.
    ///
    /// - Parameter onStatusChange: called from the capture thread when the camera's status changes
    ///   (streaming, reconnecting, …).
    func open(
        device: String, width: Int, height: Int, fps: Int, onStatusChange: @escaping @Sendable (CaptureStatus) -> Void
    ) throws(CameraError) -> any FrameSource
}

/// The kiosk's cameras: V4L2 devices and replay sources through ``FrameSources``.
public struct SystemCameras: CameraOpening {
    public init() {}

    public func open(
        device: String, width: Int, height: Int, fps: Int, onStatusChange: @escaping @Sendable (CaptureStatus) -> Void
    ) throws(CameraError) -> any FrameSource {
        let source = try FrameSources.open(device: device, width: width, height: height, fps: fps, onStatusChange: onStatusChange)
        source.start()
        return source
    }
}
