import Foundation
import Vocabulary

/// Measures how many frames per second one core can convert and publish, for `kiosk bench`.
///
/// It converts synthetic 640×480 frames (a busy scene, so JPEG sizes resemble a webcam's) the way
/// `V4L2Camera` does, MJPEG and YUYV through libv4lconvert, and publishes each into a frame slot; a replay
/// row decodes the same JPEG with libjpeg. It runs on the calling thread and blocks until done.
///
/// For example:
/// ```swift
/// let rows = try CaptureBenchmark().run()
/// print(CaptureBenchmark.table(rows))
/// ```
public struct CaptureBenchmark: Sendable {
    /// One measured path.
    public struct Row: Sendable, Equatable {
        /// What was measured, e.g. "MJPEG 640x480 → RGB (libv4lconvert)".
        public let name: String
        /// Frames converted.
        public let frames: Int
        /// Wall time taken, in seconds.
        public let seconds: Double
        /// Frames per second.
        public var fps: Double { seconds > 0 ? Double(frames) / seconds : 0 }
    }

    /// The rate a kiosk camera path should reach on one core.
    public static let targetFPS = 60.0

    /// Frame width.
    public let width: Int
    /// Frame height.
    public let height: Int
    /// Frames per row.
    public let frames: Int

    /// A benchmark of `frames` frames at `width`×`height`.
    public init(width: Int = 640, height: Int = 480, frames: Int = 120) {
        precondition(width > 0 && width % 2 == 0 && height > 0 && frames > 0, "Benchmark needs an even width and positive counts")
        self.width = width
        self.height = height
        self.frames = frames
    }

    /// Runs every row.
    ///
    /// - Throws: `CameraError` `.deviceFailure` when libv4lconvert or libjpeg cannot be set up.
    public func run() throws(CameraError) -> [Row] {
        let scene = TestPattern.scene(width: width, height: height)
        let jpeg: [UInt8]
        do {
            jpeg = try ImageCodec.encodeJPEG(scene, quality: 85)
        } catch {
            throw CameraError(.deviceFailure, path: "benchmark", detail: "libjpeg: \(error.reason)")
        }
        let yuyv = TestPattern.yuyv(scene)
        guard let converter = FrameConverter() else {
            throw CameraError(.deviceFailure, path: "benchmark", detail: "libv4lconvert could not be set up")
        }
        let size = "\(width)x\(height)"
        let convert = { (bytes: [UInt8], fourcc: UInt32, bytesPerLine: Int) throws(ImageCodec.Failure) -> RGBImage in
            try bytes.withUnsafeBytes { buffer in
                Result { () throws(ImageCodec.Failure) in
                    try converter.convert(buffer, fourcc: fourcc, width: width, height: height, bytesPerLine: bytesPerLine)
                }
            }.get()
        }
        return try [
            measure("MJPEG \(size) → RGB (libv4lconvert, \(jpeg.count / 1024) KiB)") { () throws(ImageCodec.Failure) in
                try convert(jpeg, FourCC.mjpeg, 0)
            },
            measure("YUYV \(size) → RGB (libv4lconvert)") { () throws(ImageCodec.Failure) in
                try convert(yuyv, FourCC.yuyv, width * 2)
            },
            measure("JPEG \(size) → RGB (libjpeg, replay)") { () throws(ImageCodec.Failure) in
                try ImageCodec.decodeJPEG(jpeg)
            },
        ]
    }

    /// The rows as a plain text table with a verdict against `targetFPS`.
    public static func table(_ rows: [Row]) -> String {
        let nameWidth = max(4, rows.map(\.name.count).max() ?? 0)
        func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        var lines = [pad("path", nameWidth) + "  frames   ms/frame    frames/s  verdict (target \(Int(targetFPS)))"]
        for row in rows {
            let perFrame = row.frames > 0 ? row.seconds * 1000 / Double(row.frames) : 0
            lines.append(
                pad(row.name, nameWidth)
                    + String(format: "  %6d  %9.2f  %10.1f  %@", row.frames, perFrame, row.fps,
                             row.fps >= targetFPS ? "ok" : "below target"))
        }
        return lines.joined(separator: "\n")
    }

    private func measure(_ name: String, _ work: () throws(ImageCodec.Failure) -> RGBImage) throws(CameraError) -> Row {
        let clock = MonotonicCaptureClock()
        let slot = CaptureState()
        do {
            _ = try work()  // Warm-up: first-use allocations are not throughput.
            let start = clock.now()
            for _ in 0..<frames { slot.publish(try work(), timestamp: clock.now()) }
            let elapsed = (clock.now() - start).components
            return Row(name: name, frames: frames, seconds: Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)
        } catch {
            throw CameraError(.deviceFailure, path: "benchmark", detail: "\(name): \(error.reason)")
        }
    }
}
