/// An 8-bit RGB picture: `height` rows of `width` pixels (three bytes each: red, green, blue), rows `stride`
/// bytes apart.
///
/// The one pixel buffer of the kiosk: a camera `Frame` carries one, the face engine reads it (lending its bytes
/// to dlib without a copy) and the preview draws it. A camera's rows may be padded (`stride > 3 * width`);
/// decoded photos and chips are packed (`stride == 3 * width`).
public struct RGBImage: Equatable, Sendable {
    /// Pixels per row.
    public let width: Int
    /// Number of rows.
    public let height: Int
    /// Bytes from the start of one row to the start of the next (at least `3 * width`).
    public let stride: Int
    /// The rows; at least `stride * (height - 1) + 3 * width` bytes.
    public var pixels: [UInt8]

    /// Wraps pixel bytes; `stride` defaults to packed rows (`3 * width`).
    ///
    /// - Precondition: `width` and `height` are positive, `stride >= 3 * width` and `pixels` holds every row.
    public init(width: Int, height: Int, stride: Int? = nil, pixels: [UInt8]) {
        let rowBytes = stride ?? 3 * width
        precondition(width > 0 && height > 0, "RGBImage needs a positive size, got \(width)×\(height)")
        precondition(rowBytes >= 3 * width, "RGBImage stride \(rowBytes) is less than 3 × width \(width)")
        precondition(pixels.count >= rowBytes * (height - 1) + 3 * width,
                     "RGBImage of \(width)×\(height) (stride \(rowBytes)) needs \(rowBytes * (height - 1) + 3 * width) bytes, got \(pixels.count)")
        self.width = width
        self.height = height
        self.stride = rowBytes
        self.pixels = pixels
    }

    /// Copies pixels from memory the caller owns (a camera's mapped buffer).
    public init(width: Int, height: Int, stride: Int, copying bytes: UnsafeRawBufferPointer) {
        self.init(width: width, height: height, stride: stride, pixels: Array(bytes))
    }

    /// A packed picture of one colour.
    public init(width: Int, height: Int, red: UInt8, green: UInt8, blue: UInt8) {
        var pixels = [UInt8](repeating: 0, count: width * height * 3)
        for index in Swift.stride(from: 0, to: pixels.count, by: 3) {
            pixels[index] = red
            pixels[index + 1] = green
            pixels[index + 2] = blue
        }
        self.init(width: width, height: height, pixels: pixels)
    }

    /// True when rows follow each other without padding (`stride == 3 * width`).
    public var isPacked: Bool { stride == 3 * width }

    /// The colour at column `x`, row `y`.
    ///
    /// - Precondition: (`x`, `y`) is inside the picture.
    public func pixel(x: Int, y: Int) -> (red: UInt8, green: UInt8, blue: UInt8) {
        precondition(x >= 0 && x < width && y >= 0 && y < height, "pixel (\(x), \(y)) is outside \(width)×\(height)")
        let offset = y * stride + x * 3
        return (pixels[offset], pixels[offset + 1], pixels[offset + 2])
    }

    /// The same picture with packed rows (itself when already packed).
    public func packed() -> RGBImage {
        if isPacked { return self }
        var output = [UInt8]()
        output.reserveCapacity(width * height * 3)
        for row in 0..<height {
            let start = row * stride
            output.append(contentsOf: pixels[start..<start + width * 3])
        }
        return RGBImage(width: width, height: height, pixels: output)
    }

    /// The packed rectangle at (`x`, `y`) of `width`×`height` pixels, clamped to the picture (at least one
    /// pixel), or the picture itself when the rectangle covers it all.
    public func cropped(x: Int, y: Int, width cropWidth: Int, height cropHeight: Int) -> RGBImage {
        let left = min(max(0, x), width - 1)
        let top = min(max(0, y), height - 1)
        let w = max(1, min(cropWidth, width - left))
        let h = max(1, min(cropHeight, height - top))
        if left == 0 && top == 0 && w == width && h == height { return self }
        var output = [UInt8]()
        output.reserveCapacity(w * h * 3)
        for row in 0..<h {
            let from = (top + row) * stride + left * 3
            output.append(contentsOf: pixels[from..<from + w * 3])
        }
        return RGBImage(width: w, height: h, pixels: output)
    }

    /// Two pictures are equal when they show the same pixels, whatever their row padding.
    public static func == (lhs: RGBImage, rhs: RGBImage) -> Bool {
        guard lhs.width == rhs.width && lhs.height == rhs.height else { return false }
        // Same layout: the arrays decide (at once when both share one buffer, as a replay's repeated picture does).
        if lhs.stride == rhs.stride && lhs.pixels.count == rhs.pixels.count {
            if lhs.pixels == rhs.pixels { return true }
            if lhs.isPacked { return false }
        }
        let rowBytes = lhs.width * 3
        for row in 0..<lhs.height where lhs.pixels[row * lhs.stride..<row * lhs.stride + rowBytes]
            != rhs.pixels[row * rhs.stride..<row * rhs.stride + rowBytes] {
            return false
        }
        return true
    }
}
