import CDlibFace
public import Vocabulary

extension RGBImage {
    /// Decodes a JPEG or PNG photo (alpha dropped, grey expanded to RGB) into packed rows.
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

    /// Lends the pixels, rows `stride` apart, as a view for the duration of `body` (no copy: a camera frame
    /// goes to dlib as it is).
    public func withView<Result, Failure: Error>(
        _ body: (RGBImageView) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        let result: Swift.Result<Result, Failure> = pixels.withUnsafeBytes { bytes in
            do throws(Failure) {
                return .success(try body(RGBImageView(bytes: bytes, width: width, height: height, bytesPerRow: stride)))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}
