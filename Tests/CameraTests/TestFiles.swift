import Foundation
import Synchronization
@testable import Camera
import Vocabulary

/// A fresh temporary folder per test, removed when the value goes away.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "camera-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let target = file(name)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        return target
    }
}

/// A clock whose sleeps return at once after moving time forward, so pacing is checked without waiting.
final class SteppingClock: CaptureClock {
    private let time: Mutex<Duration>

    init(start: Duration) { time = Mutex(start) }

    func now() -> Duration { time.withLock { $0 } }

    func sleep(until deadline: Duration) {
        time.withLock { if $0 < deadline { $0 = deadline } }
    }
}

/// Y4M test data: frames of one Y′CbCr colour each.
enum Y4MFile {
    static func bytes(width: Int, height: Int, colours: [(y: UInt8, cb: UInt8, cr: UInt8)], header extra: String = "")
        -> [UInt8]
    {
        var bytes = Array("YUV4MPEG2 W\(width) H\(height) F15:1 Ip A1:1 C420jpeg\(extra)\n".utf8)
        let chroma = ((width + 1) / 2) * ((height + 1) / 2)
        for colour in colours {
            bytes += Array("FRAME\n".utf8)
            bytes += [UInt8](repeating: colour.y, count: width * height)
            bytes += [UInt8](repeating: colour.cb, count: chroma)
            bytes += [UInt8](repeating: colour.cr, count: chroma)
        }
        return bytes
    }
}

/// Colour comparison with a tolerance for lossy paths (JPEG, chroma subsampling).
extension RGBImage {
    /// The pixel's three bytes as an array, for comparing with literals.
    func bytes(x: Int, y: Int) -> [UInt8] {
        let pixel = pixel(x: x, y: y)
        return [pixel.red, pixel.green, pixel.blue]
    }
}

func close(_ actual: [Int], _ expected: (UInt8, UInt8, UInt8), within tolerance: Int) -> Bool {
    actual.count == 3 && abs(actual[0] - Int(expected.0)) <= tolerance && abs(actual[1] - Int(expected.1)) <= tolerance
        && abs(actual[2] - Int(expected.2)) <= tolerance
}
