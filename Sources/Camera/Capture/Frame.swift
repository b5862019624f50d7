/// One captured picture: RGB8 pixels with the time it was taken and its place in the stream.
///
/// Rows are `stride` bytes apart (at least `3 * width`); each pixel is three bytes, red, green, blue.
public struct Frame: Sendable {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// Bytes from the start of one row to the start of the next.
    public let stride: Int
    /// `stride * height` bytes of RGB8 rows.
    public let pixels: [UInt8]
    /// When the frame was captured, on the monotonic clock (`CLOCK_MONOTONIC`, the clock V4L2 stamps with).
    public let timestamp: Duration
    /// Position in the source's stream: 1 for the first published frame, then +1 per frame.
    public let sequence: UInt64

    /// Creates a frame; `pixels` must hold `stride * height` bytes.
    public init(width: Int, height: Int, stride: Int, pixels: [UInt8], timestamp: Duration, sequence: UInt64) {
        precondition(width > 0 && height > 0, "Frame size must be positive, got \(width)x\(height)")
        precondition(stride >= width * 3, "Frame stride \(stride) is shorter than a row of \(width) RGB pixels")
        precondition(pixels.count >= stride * height, "Frame needs \(stride * height) bytes, got \(pixels.count)")
        self.width = width
        self.height = height
        self.stride = stride
        self.pixels = pixels
        self.timestamp = timestamp
        self.sequence = sequence
    }

    /// The colour at column `x`, row `y`.
    public func pixel(x: Int, y: Int) -> (red: UInt8, green: UInt8, blue: UInt8) {
        precondition(x >= 0 && x < width && y >= 0 && y < height, "Pixel (\(x), \(y)) is outside \(width)x\(height)")
        let offset = y * stride + x * 3
        return (pixels[offset], pixels[offset + 1], pixels[offset + 2])
    }
}
