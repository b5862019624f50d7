import Foundation
import CImageCodec
import Vocabulary

/// JPEG and PNG decoding and encoding through libjpeg and libpng (the `CImageCodec` shim).
enum ImageCodec {
    /// Why a picture could not be decoded or encoded, in libjpeg's or libpng's words.
    struct Failure: Error, Sendable, Equatable {
        let reason: String
    }

    typealias Decoder = (UnsafePointer<UInt8>?, Int, UnsafeMutablePointer<ic_image>?, UnsafeMutablePointer<CChar>?, Int) -> Int32

    /// Decodes a JPEG; a picture libjpeg had to patch up (corrupt or truncated data) counts as a failure.
    static func decodeJPEG(_ data: some ContiguousBytes) throws(Failure) -> RGBImage {
        try decode(data, with: ic_decode_jpeg, rejectingWarnings: true)
    }

    /// Decodes a PNG (any bit depth or palette; transparency composited over black).
    static func decodePNG(_ data: some ContiguousBytes) throws(Failure) -> RGBImage {
        try decode(data, with: ic_decode_png, rejectingWarnings: false)
    }

    /// Encodes a baseline JPEG at `quality` (1...100).
    static func encodeJPEG(_ image: RGBImage, quality: Int = 90) throws(Failure) -> [UInt8] {
        try encode(image) { pixels, output, size, message in
            ic_encode_jpeg(pixels, Int32(image.width), Int32(image.height), Int32(image.width * 3), Int32(quality),
                           output, size, message, 256)
        }
    }

    /// Encodes an 8-bit RGB PNG.
    static func encodePNG(_ image: RGBImage) throws(Failure) -> [UInt8] {
        try encode(image) { pixels, output, size, message in
            ic_encode_png(pixels, Int32(image.width), Int32(image.height), Int32(image.width * 3),
                          output, size, message, 256)
        }
    }

    private static func decode(_ data: some ContiguousBytes, with decoder: Decoder, rejectingWarnings: Bool)
        throws(Failure) -> RGBImage
    {
        var image = ic_image()
        var message = [CChar](repeating: 0, count: 256)
        let status = data.withUnsafeBytes { bytes in
            decoder(bytes.bindMemory(to: UInt8.self).baseAddress, bytes.count, &image, &message, message.count)
        }
        guard status == 0, let pixels = image.pixels else {
            throw Failure(reason: String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        defer { ic_free(pixels) }
        if rejectingWarnings && image.warnings > 0 {
            throw Failure(reason: "corrupt data (\(image.warnings) decoder warnings)")
        }
        let count = Int(image.width) * Int(image.height) * 3
        return RGBImage(
            width: Int(image.width), height: Int(image.height),
            pixels: Array(UnsafeBufferPointer(start: pixels, count: count)))
    }

    private static func encode(
        _ image: RGBImage,
        with encoder: (UnsafePointer<UInt8>, UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>,
                       UnsafeMutablePointer<Int>, UnsafeMutablePointer<CChar>) -> Int32
    ) throws(Failure) -> [UInt8] {
        var output: UnsafeMutablePointer<UInt8>?
        var size = 0
        var message = [CChar](repeating: 0, count: 256)
        // The codecs read packed rows.
        let status = image.packed().pixels.withUnsafeBufferPointer { pixels in
            encoder(pixels.baseAddress!, &output, &size, &message)
        }
        guard status == 0, let output else {
            throw Failure(reason: String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        defer { ic_free(output) }
        return Array(UnsafeBufferPointer(start: output, count: size))
    }
}
