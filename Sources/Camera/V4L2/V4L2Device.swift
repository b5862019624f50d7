import CV4L2
#if canImport(Glibc)
import Glibc
import Vocabulary
#endif

/// A V4L2 capture device opened, negotiated and streaming through mmap buffers.
///
/// `@unchecked Sendable` is safe because a device is used by one thread at a time: `V4L2Camera` opens the
/// first one on the caller's thread and hands it over before starting the capture thread, which alone
/// uses (and later reopens) it from then on.
final class V4L2Device: @unchecked Sendable {
    /// What one wait for a buffer brought.
    enum Capture {
        case frame(RGBImage, timestamp: Duration, driverSequence: UInt32)
        /// Nothing within the timeout.
        case idle
        /// A buffer that would not convert (a corrupt MJPEG frame); capture goes on.
        case corrupt(reason: String)
        /// The device is gone or broken; close it and reopen.
        case lost(CameraError)
    }

    private struct MappedBuffer {
        let address: UnsafeMutableRawPointer
        let length: Int
    }

    let path: String
    let capabilities: V4L2Handle.Capabilities
    let mode: V4L2Mode
    private let handle: V4L2Handle
    private let bytesPerLine: Int
    private let converter: FrameConverter
    private var buffers: [MappedBuffer] = []
    private var closed = false

    /// How many buffers the driver fills in turn: enough to never stall, few enough to stay fresh.
    static let bufferCount = 4

    /// Opens `path`, checks it can stream video, picks the mode closest to the request, maps the buffers
    /// and starts streaming.
    ///
    /// - Throws: `CameraError` naming what is wrong and the fix.
    init(path: String, width: Int, height: Int, fps: Int) throws(CameraError) {
        let handle = try V4L2Handle.open(path)
        do throws(CameraError) {
            let capabilities = try handle.capabilities()
            guard capabilities.canStream else {
                throw CameraError(
                    .notCaptureDevice, path: path,
                    detail: "driver \(capabilities.driver), \"\(capabilities.card)\", capabilities 0x\(String(capabilities.flags, radix: 16))")
            }
            let formats = handle.formats()
            guard let wanted = V4L2Mode.closest(among: formats, width: width, height: height, fps: fps) else {
                let offered = formats.map { format in
                    FourCC.name(format.fourcc) + " " + format.sizes.map { "\($0.width)x\($0.height)" }.joined(separator: ",")
                }
                throw CameraError(
                    .noUsableFormat, path: path,
                    detail: offered.isEmpty ? "it lists no formats" : "it offers " + offered.joined(separator: "; "))
            }
            var format = v4l2_format()
            format.type = V4L2_BUF_TYPE_VIDEO_CAPTURE.rawValue
            format.fmt.pix.width = UInt32(wanted.width)
            format.fmt.pix.height = UInt32(wanted.height)
            format.fmt.pix.pixelformat = wanted.fourcc
            format.fmt.pix.field = V4L2_FIELD_NONE.rawValue
            let failure = handle.request(cv4l2_VIDIOC_S_FMT(), &format)
            guard failure == 0 else { throw CameraError.from(errno: failure, path: path, doing: "VIDIOC_S_FMT") }
            let pixelFormat = format.fmt.pix
            guard pixelFormat.pixelformat == wanted.fourcc else {
                throw CameraError(
                    .noUsableFormat, path: path,
                    detail: "asked for \(FourCC.name(wanted.fourcc)), the driver chose \(FourCC.name(pixelFormat.pixelformat))")
            }
            let fps = Self.setFrameRate(handle, wanted.fps)
            self.mode = V4L2Mode(
                fourcc: pixelFormat.pixelformat, width: Int(pixelFormat.width), height: Int(pixelFormat.height), fps: fps)
            self.bytesPerLine = Int(pixelFormat.bytesperline)
            guard let converter = FrameConverter(descriptor: handle.descriptor) else {
                throw CameraError(.deviceFailure, path: path, detail: "libv4lconvert could not be set up")
            }
            self.converter = converter
            self.path = path
            self.capabilities = capabilities
            self.handle = handle
        } catch {
            handle.close()
            throw error
        }
        do throws(CameraError) {
            try startStreaming()
        } catch {
            close()
            throw error
        }
    }

    deinit { close() }

    /// Asks for the frame rate; returns the rate the driver settled on (nil when it has no say).
    private static func setFrameRate(_ handle: V4L2Handle, _ fps: Double?) -> Double? {
        var parameters = v4l2_streamparm()
        parameters.type = V4L2_BUF_TYPE_VIDEO_CAPTURE.rawValue
        guard handle.request(cv4l2_VIDIOC_G_PARM(), &parameters) == 0,
            parameters.parm.capture.capability & UInt32(V4L2_CAP_TIMEPERFRAME) != 0
        else { return fps }
        if let fps {
            parameters.parm.capture.timeperframe = v4l2_fract(numerator: 1000, denominator: UInt32((fps * 1000).rounded()))
            _ = handle.request(cv4l2_VIDIOC_S_PARM(), &parameters)
        }
        let period = parameters.parm.capture.timeperframe
        return period.numerator > 0 ? Double(period.denominator) / Double(period.numerator) : fps
    }

    private func startStreaming() throws(CameraError) {
        var requestBuffers = v4l2_requestbuffers()
        requestBuffers.count = UInt32(Self.bufferCount)
        requestBuffers.type = V4L2_BUF_TYPE_VIDEO_CAPTURE.rawValue
        requestBuffers.memory = V4L2_MEMORY_MMAP.rawValue
        var failure = handle.request(cv4l2_VIDIOC_REQBUFS(), &requestBuffers)
        guard failure == 0 else { throw CameraError.from(errno: failure, path: path, doing: "VIDIOC_REQBUFS") }
        guard requestBuffers.count >= 2 else {
            throw CameraError(.deviceFailure, path: path, detail: "the driver granted \(requestBuffers.count) buffers")
        }
        for index in 0..<requestBuffers.count {
            var buffer = v4l2_buffer()
            buffer.index = index
            buffer.type = V4L2_BUF_TYPE_VIDEO_CAPTURE.rawValue
            buffer.memory = V4L2_MEMORY_MMAP.rawValue
            failure = handle.request(cv4l2_VIDIOC_QUERYBUF(), &buffer)
            guard failure == 0 else { throw CameraError.from(errno: failure, path: path, doing: "VIDIOC_QUERYBUF") }
            let address = v4l2_mmap(
                nil, Int(buffer.length), PROT_READ | PROT_WRITE, MAP_SHARED, handle.descriptor,
                Int64(cv4l2_buffer_offset(&buffer)))
            guard let address, address != MAP_FAILED else {
                throw CameraError.from(errno: errno, path: path, doing: "mmap")
            }
            buffers.append(MappedBuffer(address: address, length: Int(buffer.length)))
            failure = handle.request(cv4l2_VIDIOC_QBUF(), &buffer)
            guard failure == 0 else { throw CameraError.from(errno: failure, path: path, doing: "VIDIOC_QBUF") }
        }
        var type = Int32(V4L2_BUF_TYPE_VIDEO_CAPTURE.rawValue)
        failure = handle.request(cv4l2_VIDIOC_STREAMON(), &type)
        guard failure == 0 else { throw CameraError.from(errno: failure, path: path, doing: "VIDIOC_STREAMON") }
    }

    /// Waits up to `timeoutMilliseconds` for a filled buffer, converts it to RGB and gives it back.
    func next(timeoutMilliseconds: Int32) -> Capture {
        var poller = pollfd(fd: handle.descriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&poller, 1, timeoutMilliseconds)
        if ready == 0 || (ready < 0 && errno == EINTR) { return .idle }
        if ready < 0 { return .lost(CameraError.from(errno: errno, path: path, doing: "poll")) }

        var buffer = v4l2_buffer()
        buffer.type = V4L2_BUF_TYPE_VIDEO_CAPTURE.rawValue
        buffer.memory = V4L2_MEMORY_MMAP.rawValue
        let failure = handle.request(cv4l2_VIDIOC_DQBUF(), &buffer)
        if failure == EAGAIN { return .idle }
        guard failure == 0 else {
            let number = failure == EIO || failure == ENODEV ? failure : ENODEV
            let operation = failure == number ? "VIDIOC_DQBUF" : "VIDIOC_DQBUF (errno \(failure))"
            return .lost(CameraError.from(errno: number, path: path, doing: operation))
        }
        let result: Capture
        let mapped = buffers[Int(buffer.index)]
        let used = min(Int(buffer.bytesused), mapped.length)
        if buffer.flags & UInt32(V4L2_BUF_FLAG_ERROR) != 0 {
            result = .corrupt(reason: "the driver flagged buffer \(buffer.index) as damaged")
        } else {
            do {
                let image = try converter.convert(
                    UnsafeRawBufferPointer(start: mapped.address, count: used), fourcc: mode.fourcc,
                    width: mode.width, height: mode.height, bytesPerLine: bytesPerLine)
                result = .frame(image, timestamp: Self.timestamp(of: buffer), driverSequence: buffer.sequence)
            } catch {
                result = .corrupt(reason: error.reason)
            }
        }
        let requeued = handle.request(cv4l2_VIDIOC_QBUF(), &buffer)
        if requeued != 0 { return .lost(CameraError.from(errno: requeued, path: path, doing: "VIDIOC_QBUF")) }
        return result
    }

    /// The driver's monotonic timestamp, or now when the driver gives none.
    private static func timestamp(of buffer: v4l2_buffer) -> Duration {
        let monotonic = buffer.flags & UInt32(V4L2_BUF_FLAG_TIMESTAMP_MASK) == UInt32(V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC)
        guard monotonic, buffer.timestamp.tv_sec != 0 || buffer.timestamp.tv_usec != 0 else {
            return MonotonicCaptureClock().now()
        }
        return .seconds(buffer.timestamp.tv_sec) + .microseconds(buffer.timestamp.tv_usec)
    }

    /// Stops streaming, unmaps the buffers and closes the descriptor (errors ignored: the device may be gone).
    func close() {
        guard !closed else { return }
        closed = true
        var type = Int32(V4L2_BUF_TYPE_VIDEO_CAPTURE.rawValue)
        _ = handle.request(cv4l2_VIDIOC_STREAMOFF(), &type)
        for buffer in buffers { v4l2_munmap(buffer.address, buffer.length) }
        buffers.removeAll()
        var release = v4l2_requestbuffers()
        release.type = V4L2_BUF_TYPE_VIDEO_CAPTURE.rawValue
        release.memory = V4L2_MEMORY_MMAP.rawValue
        _ = handle.request(cv4l2_VIDIOC_REQBUFS(), &release)
        handle.close()
    }
}
