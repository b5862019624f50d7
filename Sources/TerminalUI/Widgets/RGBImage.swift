/// A packed 8-bit RGB picture (3 bytes per pixel, rows `stride` bytes apart), e.g. a camera frame.
public struct RGBImage: Equatable, Sendable {
    /// Pixels per row.
    public let width: Int
    /// Rows.
    public let height: Int
    /// Bytes from one row to the next (at least `3 * width`).
    public let stride: Int
    /// The bytes, `stride * height` of them at least.
    public let pixels: [UInt8]

    /// Wraps pixel bytes.
    ///
    /// - Precondition: `width` and `height` are positive, `stride >= 3 * width` and `pixels` holds
    ///   `stride * (height - 1) + 3 * width` bytes at least.
    public init(width: Int, height: Int, stride: Int? = nil, pixels: [UInt8]) {
        let rowBytes = stride ?? 3 * width
        precondition(width > 0 && height > 0, "RGBImage needs a positive size, got \(width)×\(height)")
        precondition(rowBytes >= 3 * width, "RGBImage stride \(rowBytes) is less than 3 × width \(width)")
        precondition(pixels.count >= rowBytes * (height - 1) + 3 * width,
                     "RGBImage of \(width)×\(height) (stride \(rowBytes)) needs more than \(pixels.count) bytes")
        self.width = width
        self.height = height
        self.stride = rowBytes
        self.pixels = pixels
    }

    /// Copies pixels from a buffer the caller owns (a camera's mapped frame).
    public init(width: Int, height: Int, stride: Int, copying bytes: UnsafeRawBufferPointer) {
        self.init(width: width, height: height, stride: stride, pixels: Array(bytes))
    }

    /// The pixel at (`x`, `y`).
    public subscript(x: Int, y: Int) -> RGB {
        let i = y * stride + 3 * x
        return RGB(pixels[i], pixels[i + 1], pixels[i + 2])
    }
}
