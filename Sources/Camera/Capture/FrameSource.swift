/// Something that delivers camera frames: a V4L2 webcam or a replayed file.
///
/// A source captures on its own thread (never Swift's cooperative pool) into a one-frame slot: a newer frame
/// replaces an unread one, so consumers always see the freshest picture and frames never queue up.
/// Several consumers (the recognition thread, the UI thread) may read the same source.
///
/// For example, a recognition thread:
/// ```swift
/// let source = try FrameSources.open(device: "/dev/video0", width: 640, height: 480, fps: 30)
/// source.start()
/// var seen: UInt64 = 0
/// while running {
///     guard let frame = source.waitForFrame(newerThan: seen, timeout: .seconds(1)) else { continue }
///     seen = frame.sequence
///     recognise(frame)
/// }
/// source.stop()
/// ```
public protocol FrameSource: AnyObject, Sendable {
    /// What is being captured, e.g. `/dev/video0` or `replay:/srv/demo.mjpeg`.
    var name: String { get }
    /// Width of the frames delivered.
    var width: Int { get }
    /// Height of the frames delivered.
    var height: Int { get }
    /// Starts the capture thread; calling it again while running does nothing.
    func start()
    /// Stops the capture thread and waits for it to finish; the last frame stays readable.
    func stop()
    /// The newest frame without waiting, or nil before the first one.
    func latest() -> Frame?
    /// Blocks until a frame with a sequence number above `sequence` is available, or `timeout` passes (nil).
    func waitForFrame(newerThan sequence: UInt64, timeout: Duration) -> Frame?
    /// Frames delivered, dropped and skipped so far, and the measured frame rate.
    var statistics: CaptureStatistics { get }
    /// What the capture is doing now, for the header bar and diagnostics.
    var status: CaptureStatus { get }
}
