import Vocabulary

/// Frames replayed from a folder of images, a playlist of (cropped) pictures, an MJPEG stream or a Y4M
/// file, letterboxed to the configured
/// size and paced at the configured frame rate, for demos and tests without a camera.
///
/// For example:
/// ```swift
/// let replay = try ReplaySource(path: "demo/faces", width: 640, height: 480, fps: 15)
/// replay.start()
/// ```
public final class ReplaySource: FrameSource {
    /// `replay:` and the path.
    public let name: String
    /// Width of the frames delivered.
    public let width: Int
    /// Height of the frames delivered.
    public let height: Int
    /// Frames per second the replay is paced at.
    public let fps: Int
    /// Whether the replay starts over at the end.
    public let loops: Bool
    private let reader: any ReplayReader
    private let clock: any CaptureClock
    private let state: CaptureState

    /// Opens a replay: a folder (JPEG/PNG images), a `.playlist` (``PlaylistReader``), a `.mjpeg`/`.mjpg`
    /// stream or a `.y4m` file.
    ///
    /// - Parameters:
    ///   - path: The folder or file.
    ///   - width: Width of the frames delivered; pictures are letterboxed to it.
    ///   - height: Height of the frames delivered.
    ///   - fps: Frames per second.
    ///   - loop: Start over at the end (otherwise the status becomes `.ended`).
    ///   - holdFrames: For a folder, how many frames each image is shown (default: two seconds' worth).
    ///   - clock: The clock that paces the replay and stamps the frames.
    ///   - onStatusChange: Called on the capture thread whenever the status changes.
    /// - Throws: `CameraError` when the path cannot be read or is not one of the three kinds.
    public convenience init(
        path: String, width: Int, height: Int, fps: Int, loop: Bool = true, holdFrames: Int? = nil,
        clock: any CaptureClock = MonotonicCaptureClock(),
        onStatusChange: (@Sendable (CaptureStatus) -> Void)? = nil
    ) throws(CameraError) {
        precondition(fps > 0, "A replay needs a positive frame rate, got \(fps)")
        let reader: any ReplayReader
        let lowercased = path.lowercased()
        if !FileSystem.exists(path) {
            throw CameraError(.replayUnreadable, path: path, detail: "no such file or folder")
        } else if FileSystem.isDirectory(path) {
            reader = try ImageFolderReader(folder: path, holdFrames: holdFrames ?? 2 * fps)
        } else if lowercased.hasSuffix(".mjpeg") || lowercased.hasSuffix(".mjpg") {
            reader = try MJPEGStreamReader(path: path)
        } else if lowercased.hasSuffix(".y4m") {
            reader = try Y4MReader(path: path)
        } else if lowercased.hasSuffix(".playlist") {
            reader = try PlaylistReader(path: path, fps: fps)
        } else {
            throw CameraError(.replayInvalid, path: path, detail: "not a folder, .mjpeg, .mjpg, .y4m or .playlist")
        }
        self.init(
            reader: reader, name: "replay:\(path)", width: width, height: height, fps: fps, loop: loop,
            clock: clock, onStatusChange: onStatusChange)
    }

    init(
        reader: any ReplayReader, name: String, width: Int, height: Int, fps: Int, loop: Bool,
        clock: any CaptureClock, onStatusChange: (@Sendable (CaptureStatus) -> Void)?
    ) {
        precondition(width > 0 && height > 0, "A replay needs a positive size, got \(width)x\(height)")
        self.reader = reader
        self.name = name
        self.width = width
        self.height = height
        self.fps = fps
        self.loops = loop
        self.clock = clock
        self.state = CaptureState(onStatusChange: onStatusChange)
    }

    /// Starts the replay thread.
    public func start() {
        state.startThread(name: "camera-replay") { [self] in play() }
    }

    /// Stops the replay thread and waits for it.
    public func stop() {
        state.stopThread()
        if state.status == .streaming || state.status == .starting { state.setStatus(.stopped) }
    }

    /// The newest frame without waiting.
    public func latest() -> Frame? { state.latest() }

    /// Blocks until a frame newer than `sequence` arrives or `timeout` passes.
    public func waitForFrame(newerThan sequence: UInt64, timeout: Duration) -> Frame? {
        state.waitForFrame(newerThan: sequence, timeout: timeout)
    }

    /// Blocks until a non-looping replay has ended (or failed), or `timeout` passes; true if it finished.
    public func waitUntilFinished(timeout: Duration) -> Bool { state.waitUntilFinished(timeout: timeout) }

    /// Counters so far.
    public var statistics: CaptureStatistics { state.statistics }

    /// Streaming, ended, stopped or failed.
    public var status: CaptureStatus { state.status }

    private func play() {
        var reader = self.reader
        let period = Duration.seconds(1) / fps
        var due = clock.now()
        var picturesThisPass = 0
        var lastPicture: (source: RGBImage, shown: RGBImage)?
        state.setStatus(.streaming)
        while !state.isStopRequested {
            let item: ReplayItem
            do {
                item = try reader.next()
            } catch {
                state.setStatus(.failed(error))
                return
            }
            switch item {
            case .image(let picture):
                picturesThisPass += 1
                // A held image is the same picture again: letterbox it once.
                let shown: RGBImage
                if let lastPicture, lastPicture.source == picture {
                    shown = lastPicture.shown
                } else {
                    shown = picture.letterboxed(width: width, height: height)
                    lastPicture = (picture, shown)
                }
                clock.sleep(until: due)
                let now = clock.now()
                state.publish(shown, timestamp: now)
                due += period
                if due < now { due = now }
            case .skipped:
                state.countSkipped()
            case .end:
                guard picturesThisPass > 0 else {
                    state.setStatus(.failed(CameraError(.replayEmpty, path: name, detail: "no picture could be decoded")))
                    return
                }
                guard loops else {
                    state.setStatus(.ended)
                    return
                }
                reader.rewind()
                picturesThisPass = 0
            }
        }
    }
}
