public import Vocabulary

/// One captured picture: an ``RGBImage`` with the time it was taken and its place in the stream.
///
/// Rows are `stride` bytes apart (at least `3 * width`); each pixel is three bytes, red, green, blue.
public struct Frame: Sendable {
    /// The picture, the same buffer the face engine reads and the preview draws.
    public let image: RGBImage
    /// Width in pixels.
    public var width: Int { image.width }
    /// Height in pixels.
    public var height: Int { image.height }
    /// Bytes from the start of one row to the start of the next.
    public var stride: Int { image.stride }
    /// `stride * height` bytes of RGB8 rows.
    public var pixels: [UInt8] { image.pixels }
    /// When the frame was captured, on the monotonic clock (`CLOCK_MONOTONIC`, the clock V4L2 stamps with).
    public let timestamp: Duration
    /// Position in the source's stream: 1 for the first published frame, then +1 per frame.
    public let sequence: UInt64

    /// Creates a frame; `pixels` must hold `stride * height` bytes.
    public init(width: Int, height: Int, stride: Int, pixels: [UInt8], timestamp: Duration, sequence: UInt64) {
        precondition(width > 0 && height > 0, "Frame size must be positive, got \(width)x\(height)")
        precondition(stride >= width * 3, "Frame stride \(stride) is shorter than a row of \(width) RGB pixels")
        precondition(pixels.count >= stride * height, "Frame needs \(stride * height) bytes, got \(pixels.count)")
        self.init(image: RGBImage(width: width, height: height, stride: stride, pixels: pixels),
                  timestamp: timestamp, sequence: sequence)
    }

    /// Creates a frame showing `image`.
    public init(image: RGBImage, timestamp: Duration, sequence: UInt64) {
        self.image = image
        self.timestamp = timestamp
        self.sequence = sequence
    }

    /// The colour at column `x`, row `y`.
    public func pixel(x: Int, y: Int) -> (red: UInt8, green: UInt8, blue: UInt8) { image.pixel(x: x, y: y) }
}
