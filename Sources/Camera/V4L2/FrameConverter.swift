import CV4L2
import Vocabulary

/// Converts camera buffers (MJPEG, YUYV, or anything else libv4lconvert reads) to RGB8 with libv4lconvert.
///
/// Not thread-safe: one converter per capture thread.
final class FrameConverter {
    private let converter: OpaquePointer

    /// A converter for a descriptor opened through libv4l2 (libv4lconvert reads the camera's quirks from it,
    /// through libv4l2, so plugin-served devices answer too).
    init?(descriptor: Int32) {
        guard let converter = cv4l2_convert_create(descriptor) else { return nil }
        self.converter = converter
    }

    /// A converter for synthetic frames, not tied to a device.
    init?() {
        guard let converter = cv4l2_convert_create_detached() else { return nil }
        self.converter = converter
    }

    deinit {
        v4lconvert_destroy(converter)
    }

    /// Converts one buffer; throws libv4lconvert's reason when the data cannot be decoded.
    func convert(
        _ bytes: UnsafeRawBufferPointer, fourcc: UInt32, width: Int, height: Int, bytesPerLine: Int
    ) throws(ImageCodec.Failure) -> RGBImage {
        var source = v4l2_format()
        source.type = V4L2_BUF_TYPE_VIDEO_CAPTURE.rawValue
        source.fmt.pix.width = UInt32(width)
        source.fmt.pix.height = UInt32(height)
        source.fmt.pix.pixelformat = fourcc
        source.fmt.pix.field = V4L2_FIELD_NONE.rawValue
        source.fmt.pix.bytesperline = UInt32(bytesPerLine)
        source.fmt.pix.sizeimage = UInt32(bytes.count)
        var destination = source
        destination.fmt.pix.pixelformat = FourCC.rgb24
        destination.fmt.pix.bytesperline = UInt32(width * 3)
        destination.fmt.pix.sizeimage = UInt32(width * height * 3)
        let size = width * height * 3
        var produced: Int32 = 0
        let pixels = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            produced = v4lconvert_convert(
                converter, &source, &destination,
                UnsafeMutablePointer(mutating: bytes.bindMemory(to: UInt8.self).baseAddress), Int32(bytes.count),
                buffer.baseAddress, Int32(size))
            count = produced == Int32(size) ? size : 0
        }
        guard produced == Int32(size) else {
            let reason = v4lconvert_get_error_message(converter).map { String(cString: $0) } ?? ""
            throw ImageCodec.Failure(reason: reason.isEmpty ? "libv4lconvert produced \(produced) of \(size) bytes" : reason)
        }
        return RGBImage(width: width, height: height, pixels: pixels)
    }
}
