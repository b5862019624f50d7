import CDlibFace
public import Vocabulary

extension RGBImageView {
    /// A bilinear-resized copy of this image.
    ///
    /// - Throws: ``FaceEngineError`` `.dlibFailure` if dlib rejects the sizes.
    public func resized(width: Int, height: Int) throws(FaceEngineError) -> RGBImage {
        precondition(width > 0 && height > 0, "resize target \(width)x\(height) must be positive")
        var pixels = [UInt8](repeating: 0, count: width * height * 3)
        let source = cImage
        try pixels.withUnsafeMutableBufferPointer { target throws(FaceEngineError) in
            try callDlib { fe_image_resize(source, target.baseAddress, Int32(width), Int32(height), $0, $1) }
        }
        return RGBImage(width: width, height: height, pixels: pixels)
    }

    /// Writes the image as a binary PPM (P6) file, a format any tool reads (the Python anchor does).
    ///
    /// - Throws: ``FaceEngineError`` `.imageUnreadable` naming the file if it cannot be written.
    public func writePPM(to path: String) throws(FaceEngineError) {
        let source = cImage
        try callDlib(.imageUnreadable, path: path) { fe_image_write_ppm(path, source, $0, $1) }
    }
}
