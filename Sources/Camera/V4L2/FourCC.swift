import CV4L2

/// V4L2 pixel format codes (four ASCII characters packed little-endian).
enum FourCC {
    static let mjpeg = cv4l2_PIX_FMT_MJPEG()
    static let jpeg = cv4l2_PIX_FMT_JPEG()
    static let yuyv = cv4l2_PIX_FMT_YUYV()
    static let rgb24 = cv4l2_PIX_FMT_RGB24()

    /// The code as text, e.g. "MJPG".
    static func name(_ code: UInt32) -> String {
        let bytes = (0..<4).map { UInt8(truncatingIfNeeded: code >> ($0 * 8)) }
        return String(decoding: bytes.map { (32...126).contains($0) ? $0 : UInt8(ascii: "?") }, as: UTF8.self)
    }
}
