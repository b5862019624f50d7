import Synchronization

/// A V4L2 webcam captured through libv4l2: mmap streaming on its own thread, MJPEG or YUYV converted to RGB
/// by libv4lconvert, and automatic reconnection when the camera vanishes mid-stream.
///
/// The device is opened and negotiated in `init`, so a missing or unusable camera is reported at start-up.
/// When it later disappears (ENODEV/EIO: unplugged, a USB reset), the capture thread closes it and reopens
/// it with back-off; `status` shows `.reconnecting(attempt:lastError:)` meanwhile, and frames resume
/// without restarting anything.
///
/// For example:
/// ```swift
/// let camera = try V4L2Camera(device: "/dev/video0", width: 640, height: 480, fps: 30)
/// camera.start()
/// let frame = camera.waitForFrame(newerThan: 0, timeout: .seconds(2))
/// ```
public final class V4L2Camera: FrameSource {
    /// The device path.
    public let name: String
    /// Width of the frames delivered (what the driver granted).
    public let width: Int
    /// Height of the frames delivered.
    public let height: Int
    /// The pixel format the camera sends, e.g. "MJPG" or "YUYV".
    public let pixelFormat: String
    /// The frame rate the driver settled on, when it says.
    public let negotiatedFPS: Double?
    /// The driver (e.g. "uvcvideo") and the camera's name.
    public let driver: String
    /// The camera's name as the driver reports it.
    public let card: String
    private let requestedFPS: Int
    private let backoff: ReconnectBackoff
    /// The device opened by `init`, until the capture thread takes it.
    private let openedDevice: Mutex<V4L2Device?>
    private let state: CaptureState

    /// Opens and negotiates the camera (it starts streaming into its buffers; call `start()` to deliver frames).
    ///
    /// - Parameters:
    ///   - device: A `/dev/video*` path (or a file a libv4l2 plugin turns into a device).
    ///   - width: Wanted width; the closest size the camera offers is used.
    ///   - height: Wanted height.
    ///   - fps: Wanted frame rate.
    ///   - backoff: Waits between reconnection attempts.
    ///   - onStatusChange: Called on the capture thread whenever the status changes (post it to the UI).
    /// - Throws: `CameraError`: `.deviceMissing`, `.permissionDenied`, `.busy`, `.notCaptureDevice`,
    ///   `.noUsableFormat`, or `.deviceFailure`.
    public init(
        device: String, width: Int, height: Int, fps: Int, backoff: ReconnectBackoff = .standard,
        onStatusChange: (@Sendable (CaptureStatus) -> Void)? = nil
    ) throws(CameraError) {
        precondition(width > 0 && height > 0 && fps > 0, "Camera size and rate must be positive")
        let opened = try V4L2Device(path: device, width: width, height: height, fps: fps)
        self.openedDevice = Mutex(opened)
        self.name = device
        self.width = opened.mode.width
        self.height = opened.mode.height
        self.pixelFormat = FourCC.name(opened.mode.fourcc)
        self.negotiatedFPS = opened.mode.fps
        self.driver = opened.capabilities.driver
        self.card = opened.capabilities.card
        self.requestedFPS = fps
        self.backoff = backoff
        self.state = CaptureState(onStatusChange: onStatusChange)
    }

    /// Starts the capture thread.
    public func start() {
        state.startThread(name: "camera-capture") { [self] in capture() }
    }

    /// Stops the capture thread, waits for it, and closes the device.
    public func stop() {
        state.stopThread()
        state.setStatus(.stopped)
    }

    /// The newest frame without waiting.
    public func latest() -> Frame? { state.latest() }

    /// Blocks until a frame newer than `sequence` arrives or `timeout` passes.
    public func waitForFrame(newerThan sequence: UInt64, timeout: Duration) -> Frame? {
        state.waitForFrame(newerThan: sequence, timeout: timeout)
    }

    /// Counters so far (reconnects included).
    public var statistics: CaptureStatistics { state.statistics }

    /// Streaming, reconnecting (with the attempt and the last error), stopped or failed.
    public var status: CaptureStatus { state.status }

    private func capture() {
        var device = openedDevice.withLock { $0.take() }
        var lastSequence: UInt32?
        var lastError: CameraError?
        if device == nil {
            // A restart after `stop()`: open again at once; on failure the loop below retries with back-off.
            do {
                device = try V4L2Device(path: name, width: width, height: height, fps: requestedFPS)
            } catch {
                lastError = error
            }
        }
        var attempt = 0
        state.setStatus(.streaming)
        while !state.isStopRequested {
            guard let current = device else {
                attempt += 1
                let error = lastError ?? CameraError(.deviceLost, path: name)
                if let maxAttempts = backoff.maxAttempts, attempt > maxAttempts {
                    state.setStatus(.failed(error))
                    return
                }
                state.setStatus(.reconnecting(attempt: attempt, lastError: error))
                guard state.pause(for: backoff.delay(beforeAttempt: attempt)) else { break }
                do {
                    device = try V4L2Device(path: name, width: width, height: height, fps: requestedFPS)
                    attempt = 0
                    lastSequence = nil
                    state.countReconnect()
                    state.setStatus(.streaming)
                } catch {
                    lastError = error
                }
                continue
            }
            switch current.next(timeoutMilliseconds: 200) {
            case .frame(let image, let timestamp, let sequence):
                if let lastSequence, sequence > lastSequence &+ 1 { state.countDropped(Int(sequence - lastSequence - 1)) }
                lastSequence = sequence
                // A camera reopened at another size still delivers the size consumers were promised.
                state.publish(image.letterboxed(width: width, height: height), timestamp: timestamp)
            case .idle:
                continue
            case .corrupt:
                state.countSkipped()
            case .lost(let error):
                current.close()
                device = nil
                lastError = error
            }
        }
        device?.close()
    }
}
