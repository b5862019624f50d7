import Foundation
import Vocabulary

/// A YUV4MPEG2 file with 4:2:0 chroma (`C420`, `C420jpeg`, `C420paldv`, `C420mpeg2`, or no `C` tag),
/// converted to RGB with BT.601 (limited range unless the header says `XCOLORRANGE=FULL`).
struct Y4MReader: ReplayReader {
    let path: String
    let width: Int
    let height: Int
    let fullRange: Bool
    private let data: Data
    private let firstFrame: Int
    private var offset: Int
    private var frameNumber = 0

    /// Maps the file and reads its header.
    ///
    /// - Throws: `CameraError` `.replayUnreadable` when the file cannot be read, `.replayInvalid` for a
    ///   header that is not YUV4MPEG2 4:2:0, `.replayTruncated` when the header itself is cut short.
    init(path: String) throws(CameraError) {
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw CameraError(.replayUnreadable, path: path, detail: error.localizedDescription)
        }
        guard let newline = data.firstIndex(of: 0x0A) else {
            throw CameraError(.replayTruncated, path: path, detail: "the header line has no end (\(data.count) bytes)")
        }
        let fields = String(decoding: data[data.startIndex..<newline], as: UTF8.self).split(separator: " ")
        guard fields.first == "YUV4MPEG2" else {
            throw CameraError(.replayInvalid, path: path, detail: "it does not start with YUV4MPEG2")
        }
        var width = 0, height = 0, fullRange = false
        for field in fields.dropFirst() {
            let value = field.dropFirst()
            switch field.first {
            case "W": width = Int(value) ?? 0
            case "H": height = Int(value) ?? 0
            case "C":
                guard value.hasPrefix("420") else {
                    throw CameraError(.replayInvalid, path: path, detail: "chroma C\(value) is not 4:2:0")
                }
            case "X": if value == "COLORRANGE=FULL" { fullRange = true }
            default: break
            }
        }
        guard width > 0, height > 0 else {
            throw CameraError(.replayInvalid, path: path, detail: "the header has no valid W and H")
        }
        self.path = path
        self.width = width
        self.height = height
        self.fullRange = fullRange
        self.firstFrame = newline + 1
        self.offset = newline + 1
    }

    private var chromaWidth: Int { (width + 1) / 2 }
    private var chromaHeight: Int { (height + 1) / 2 }
    private var frameBytes: Int { width * height + 2 * chromaWidth * chromaHeight }

    mutating func next() throws(CameraError) -> ReplayItem {
        guard offset < data.endIndex else { return .end }
        frameNumber += 1
        guard let newline = data[offset...].firstIndex(of: 0x0A) else {
            throw CameraError(.replayTruncated, path: path, detail: "frame \(frameNumber) has no complete FRAME line")
        }
        guard data[offset..<newline].starts(with: Array("FRAME".utf8)) else {
            throw CameraError(.replayInvalid, path: path, detail: "frame \(frameNumber) does not start with FRAME at byte \(offset)")
        }
        let payload = newline + 1
        let available = data.endIndex - payload
        guard available >= frameBytes else {
            throw CameraError(
                .replayTruncated, path: path,
                detail: "frame \(frameNumber) needs \(frameBytes) bytes but only \(available) remain")
        }
        offset = payload + frameBytes
        return .image(convert(payload))
    }

    mutating func rewind() {
        offset = firstFrame
        frameNumber = 0
    }

    private func convert(_ payload: Int) -> RGBImage {
        var pixels = [UInt8](repeating: 0, count: width * height * 3)
        let toRGB = fullRange ? YCbCr.rgbFromFullRange : YCbCr.rgbFromLimitedRange
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let base = payload - data.startIndex
            let cbPlane = base + width * height
            let crPlane = cbPlane + chromaWidth * chromaHeight
            for y in 0..<height {
                for x in 0..<width {
                    let chroma = (y / 2) * chromaWidth + x / 2
                    let (red, green, blue) = toRGB(raw[base + y * width + x], raw[cbPlane + chroma], raw[crPlane + chroma])
                    let out = (y * width + x) * 3
                    pixels[out] = red
                    pixels[out + 1] = green
                    pixels[out + 2] = blue
                }
            }
        }
        return RGBImage(width: width, height: height, pixels: pixels)
    }
}
