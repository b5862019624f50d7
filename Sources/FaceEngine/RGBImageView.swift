import CDlibFace
import Vocabulary

/// A borrowed window on RGB8 memory: `height` rows of `width` pixels (3 bytes each, R G B), rows `bytesPerRow`
/// apart. It owns nothing: it is how an ``RGBImage`` (see `RGBImage.withView`) reaches dlib without a copy.
///
/// Use it only inside the closure that lent the bytes. For example:
///
/// ```swift
/// let faces = try frame.image.withView { view in try recognizer.detectFaces(in: view, settings: settings) }
/// ```
public struct RGBImageView {
    /// The pixel bytes, at least `bytesPerRow * (height - 1) + width * 3` of them.
    public let bytes: UnsafeRawBufferPointer
    /// Pixels per row.
    public let width: Int
    /// Number of rows.
    public let height: Int
    /// Distance in bytes between the starts of two rows (at least `width * 3`).
    public let bytesPerRow: Int

    /// Wraps caller memory as an image.
    ///
    /// - Precondition: `width` and `height` are positive, `bytesPerRow >= width * 3`, and `bytes` holds
    ///   every row.
    public init(bytes: UnsafeRawBufferPointer, width: Int, height: Int, bytesPerRow: Int) {
        precondition(width > 0 && height > 0, "RGBImageView size \(width)x\(height) must be positive")
        precondition(bytesPerRow >= width * 3, "RGBImageView bytesPerRow \(bytesPerRow) is below 3 x width \(width)")
        precondition(width <= Int(Int32.max / 3) && height <= Int(Int32.max) && bytesPerRow <= Int(Int32.max),
                     "RGBImageView size \(width)x\(height) is too large")
        precondition(bytes.count >= bytesPerRow * (height - 1) + width * 3,
                     "RGBImageView buffer of \(bytes.count) bytes is too small for \(width)x\(height) at \(bytesPerRow) bytes per row")
        self.bytes = bytes
        self.width = width
        self.height = height
        self.bytesPerRow = bytesPerRow
    }

    /// The rectangle `x..<x+width`, `y..<y+height` of this image, without a copy.
    ///
    /// - Precondition: the rectangle lies inside the image.
    public func cropped(x: Int, y: Int, width: Int, height: Int) -> RGBImageView {
        precondition(x >= 0 && y >= 0 && width > 0 && height > 0 && x + width <= self.width && y + height <= self.height,
                     "crop \(x),\(y) \(width)x\(height) is outside the \(self.width)x\(self.height) image")
        let start = y * bytesPerRow + x * 3
        let end = start + bytesPerRow * (height - 1) + width * 3
        return RGBImageView(bytes: UnsafeRawBufferPointer(rebasing: bytes[start..<end]),
                            width: width, height: height, bytesPerRow: bytesPerRow)
    }

    /// The view as CDlibFace's image struct.
    var cImage: fe_image {
        fe_image(pixels: bytes.baseAddress!.assumingMemoryBound(to: UInt8.self),
                 width: Int32(width), height: Int32(height), bytes_per_row: Int32(bytesPerRow))
    }
}
