import CV4L2
#if canImport(Glibc)
import Glibc
#endif

/// An open V4L2 descriptor registered with libv4l2 (so libv4l2 plugins see every request), with the
/// read-only questions both capture and the camera listing ask.
struct V4L2Handle {
    /// What QUERYCAP says about the device.
    struct Capabilities {
        let driver: String
        let card: String
        let busInfo: String
        /// The node's own capabilities (`device_caps` when the driver reports them).
        let flags: UInt32

        var canStream: Bool {
            flags & UInt32(V4L2_CAP_VIDEO_CAPTURE) != 0 && flags & UInt32(V4L2_CAP_STREAMING) != 0
        }
    }

    let path: String
    let descriptor: Int32

    /// Opens `path` (a character device, or any file a libv4l2 plugin claims) non-blocking.
    ///
    /// - Throws: `CameraError` for a missing device, a denied permission, a busy device or a node that is
    ///   not V4L2 at all.
    static func open(_ path: String) throws(CameraError) -> V4L2Handle {
        var status = stat()
        guard stat(path, &status) == 0 else { throw CameraError.from(errno: errno, path: path, doing: "stat") }
        let raw = Glibc.open(path, O_RDWR | O_NONBLOCK | O_CLOEXEC)
        guard raw >= 0 else { throw CameraError.from(errno: errno, path: path, doing: "open") }
        // Conversion stays off: the capture converts explicitly with libv4lconvert after choosing the format.
        let descriptor = v4l2_fd_open(raw, Int32(V4L2_DISABLE_CONVERSION))
        guard descriptor >= 0 else {
            let number = errno
            Glibc.close(raw)
            throw CameraError.from(errno: number == EINVAL ? ENOTTY : number, path: path, doing: "VIDIOC_QUERYCAP")
        }
        return V4L2Handle(path: path, descriptor: descriptor)
    }

    func close() {
        v4l2_close(descriptor)
    }

    /// `v4l2_ioctl`, repeated when a signal interrupts it; returns 0 or the errno.
    func request(_ code: UInt, _ argument: UnsafeMutableRawPointer) -> Int32 {
        while true {
            if cv4l2_ioctl(descriptor, code, argument) == 0 { return 0 }
            if errno != EINTR { return errno }
        }
    }

    func capabilities() throws(CameraError) -> Capabilities {
        var capability = v4l2_capability()
        let failure = request(cv4l2_VIDIOC_QUERYCAP(), &capability)
        guard failure == 0 else {
            throw CameraError.from(errno: failure == EINVAL ? ENOTTY : failure, path: path, doing: "VIDIOC_QUERYCAP")
        }
        let flags = capability.capabilities & UInt32(V4L2_CAP_DEVICE_CAPS) != 0
            ? capability.device_caps : capability.capabilities
        return Capabilities(
            driver: Self.text(capability.driver), card: Self.text(capability.card),
            busInfo: Self.text(capability.bus_info), flags: flags)
    }

    /// Every capture format with its sizes and frame rates (stepwise ranges reduced to a few sizes).
    func formats() -> [V4L2FormatOption] {
        var formats: [V4L2FormatOption] = []
        for index in 0... {
            var description = v4l2_fmtdesc()
            description.index = UInt32(index)
            description.type = V4L2_BUF_TYPE_VIDEO_CAPTURE.rawValue
            guard request(cv4l2_VIDIOC_ENUM_FMT(), &description) == 0 else { break }
            let sizes = frameSizes(description.pixelformat).map { size in
                V4L2FormatOption.Size(
                    width: size.width, height: size.height,
                    rates: frameRates(description.pixelformat, width: size.width, height: size.height))
            }
            formats.append(V4L2FormatOption(
                fourcc: description.pixelformat, description: Self.text(description.description), sizes: sizes))
        }
        return formats
    }

    private func frameSizes(_ fourcc: UInt32) -> [(width: Int, height: Int)] {
        var sizes: [(width: Int, height: Int)] = []
        for index in 0... {
            var size = v4l2_frmsizeenum()
            size.index = UInt32(index)
            size.pixel_format = fourcc
            guard request(cv4l2_VIDIOC_ENUM_FRAMESIZES(), &size) == 0 else { break }
            if size.type == V4L2_FRMSIZE_TYPE_DISCRETE.rawValue {
                sizes.append((Int(size.discrete.width), Int(size.discrete.height)))
            } else {
                // A range: offer the common sizes inside it, plus its smallest and largest.
                let range = size.stepwise
                let common = [(320, 240), (640, 480), (800, 600), (1280, 720), (1920, 1080)]
                let fits = { (width: Int, height: Int) in
                    UInt32(width) >= range.min_width && UInt32(width) <= range.max_width
                        && UInt32(height) >= range.min_height && UInt32(height) <= range.max_height
                }
                sizes.append((Int(range.min_width), Int(range.min_height)))
                sizes += common.filter { fits($0.0, $0.1) }
                sizes.append((Int(range.max_width), Int(range.max_height)))
                break
            }
        }
        return sizes
    }

    private func frameRates(_ fourcc: UInt32, width: Int, height: Int) -> [Double] {
        var rates: [Double] = []
        for index in 0... {
            var interval = v4l2_frmivalenum()
            interval.index = UInt32(index)
            interval.pixel_format = fourcc
            interval.width = UInt32(width)
            interval.height = UInt32(height)
            guard request(cv4l2_VIDIOC_ENUM_FRAMEINTERVALS(), &interval) == 0 else { break }
            if interval.type == V4L2_FRMIVAL_TYPE_DISCRETE.rawValue {
                if interval.discrete.numerator > 0 {
                    rates.append(Double(interval.discrete.denominator) / Double(interval.discrete.numerator))
                }
            } else {
                // A continuous range: its fastest and slowest rates.
                let range = interval.stepwise
                for bound in [range.min, range.max] where bound.numerator > 0 {
                    rates.append(Double(bound.denominator) / Double(bound.numerator))
                }
                break
            }
        }
        return rates
    }

    /// A fixed-size C string field as text.
    static func text<T>(_ field: T) -> String {
        withUnsafeBytes(of: field) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }
}
