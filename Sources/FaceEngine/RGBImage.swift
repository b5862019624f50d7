import CDlibFace

/// An RGB8 image that owns its pixels, packed (`bytesPerRow == width * 3`): decoded photos, chips, resized
/// benchmark frames.
public struct RGBImage: Sendable {
    /// Pixels per row.
    public let width: Int
    /// Number of rows.
    public let height: Int
    /// Packed R G B bytes, row after row.
    public let pixels: [UInt8]

    /// Wraps packed RGB8 pixels.
    ///
    /// - Precondition: `pixels.count == width * height * 3`.
    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(width > 0 && height > 0 && pixels.count == width * height * 3,
                     "RGBImage \(width)x\(height) needs \(width * height * 3) bytes, got \(pixels.count)")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// Decodes a JPEG or PNG photo (alpha dropped, grey expanded to RGB).
    ///
    /// - Throws: ``FaceEngineError`` `.imageUnreadable` naming the file.
    public init(contentsOfFile path: String) throws(FaceEngineError) {
        var pointer: UnsafeMutablePointer<UInt8>?
        var width: Int32 = 0
        var height: Int32 = 0
        try callDlib(.imageUnreadable, path: path) { fe_image_decode(path, &pointer, &width, &height, $0, $1) }
        defer { fe_buffer_free(pointer) }
        let count = Int(width) * Int(height) * 3
        self.init(width: Int(width), height: Int(height),
                  pixels: Array(UnsafeBufferPointer(start: pointer, count: count)))
    }

    /// Bytes between the starts of two rows.
    public var bytesPerRow: Int { width * 3 }

    /// Lends the pixels as a view for the duration of `body`.
    public func withView<Result, Failure: Error>(
        _ body: (RGBImageView) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        let result: Swift.Result<Result, Failure> = pixels.withUnsafeBytes { bytes in
            do throws(Failure) {
                return .success(try body(RGBImageView(bytes: bytes, width: width, height: height, bytesPerRow: bytesPerRow)))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}
