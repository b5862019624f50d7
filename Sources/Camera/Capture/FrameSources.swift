/// Opens the frame source a `[camera] device` setting names.
public enum FrameSources {
    /// Opens a V4L2 camera (`/dev/video0`) or a replay (`replay:PATH`): a folder of JPEG/PNG images, a
    /// `.mjpeg`/`.mjpg` stream, or a `.y4m` file.
    ///
    /// For example:
    /// ```swift
    /// let source = try FrameSources.open(device: "replay:demo/faces", width: 640, height: 480, fps: 15)
    /// source.start()
    /// ```
    ///
    /// - Parameters:
    ///   - device: The `[camera] device` value.
    ///   - width: Frame width wanted.
    ///   - height: Frame height wanted.
    ///   - fps: Frame rate wanted.
    ///   - loop: Whether a replay starts over at its end.
    ///   - onStatusChange: Called on the capture thread whenever the source's status changes.
    /// - Returns: The source, not started yet.
    /// - Throws: `CameraError` naming what is wrong and the fix.
    public static func open(
        device: String, width: Int, height: Int, fps: Int, loop: Bool = true,
        onStatusChange: (@Sendable (CaptureStatus) -> Void)? = nil
    ) throws(CameraError) -> any FrameSource {
        let replayPrefix = "replay:"
        if device.hasPrefix(replayPrefix) {
            return try ReplaySource(
                path: String(device.dropFirst(replayPrefix.count)), width: width, height: height, fps: fps, loop: loop,
                onStatusChange: onStatusChange)
        }
        return try V4L2Camera(device: device, width: width, height: height, fps: fps, onStatusChange: onStatusChange)
    }
}
