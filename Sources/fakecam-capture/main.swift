// fakecam-capture: runs V4L2Camera against a `*.fakecam` file for CameraTests.
//
// libv4l2 loads plugins only from its compiled-in folder, so CameraTests starts this program under
// `unshare -rm` (a private mount namespace inside a user namespace; `-m` as root where those are off), and it
// bind-mounts the folder holding the test plugin over libv4l2's own before opening the camera. A namespace
// entered inside the multithreaded test process would cover one thread only, hence a separate process. It
// prints one JSON report on stdout.
//
//   fakecam-capture --plugins DIR --device FILE.fakecam [--width W --height H --fps F --frames N --timeout S]
//   fakecam-capture --plugins DIR --device FILE.fakecam --list
import Camera
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// What the tests read back.
struct Report: Codable {
    var errorCode: String?
    var errorMessage: String?
    var pixelFormat: String?
    var width: Int?
    var height: Int?
    var fps: Double?
    var frames: Int?
    var dropped: Int?
    var skipped: Int?
    var reconnects: Int?
    var statuses: [String] = []
    /// The colour at the centre of each of the eight bars, in the first frame.
    var bars: [[Int]] = []
    /// Sequence numbers of the frames this program read.
    var sequences: [UInt64] = []
    var listing: String?
}

func finish(_ report: Report, status: Int32) -> Never {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    FileHandle.standardOutput.write((try? encoder.encode(report)) ?? Data("{}".utf8))
    FileHandle.standardOutput.write(Data("\n".utf8))
    exit(status)
}

func fail(_ code: String, _ message: String) -> Never {
    finish(Report(errorCode: code, errorMessage: message), status: 2)
}

/// libv4l2's plugin folder is `libv4l/plugins` beside the libv4l2 this process loaded.
func systemPluginFolder() -> String? {
    // /proc files report size 0, so read to the end rather than by size.
    guard let file = FileHandle(forReadingAtPath: "/proc/self/maps"), let maps = try? file.readToEnd() else { return nil }
    for line in String(decoding: maps, as: UTF8.self).split(separator: "\n") {
        guard let slash = line.firstIndex(of: "/") else { continue }
        let path = String(line[slash...])
        if (path as NSString).lastPathComponent.hasPrefix("libv4l2.so") {
            return ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("libv4l/plugins")
        }
    }
    return nil
}

var options: [String: String] = [:]
var arguments = CommandLine.arguments.dropFirst()
while let key = arguments.popFirst() {
    guard key.hasPrefix("--") else { fail("usage", "unexpected argument \(key)") }
    options[String(key.dropFirst(2))] = key == "--list" ? "yes" : arguments.popFirst() ?? ""
}
guard let plugins = options["plugins"], let device = options["device"] else {
    fail("usage", "fakecam-capture --plugins DIR --device FILE.fakecam [--width W --height H --fps F --frames N]")
}
guard let target = systemPluginFolder() else { fail("setup", "libv4l2 is not loaded in this process") }
guard mount(plugins, target, nil, UInt(MS_BIND), nil) == 0 else {
    fail("setup", "bind-mounting \(plugins) over \(target): \(String(cString: strerror(errno)))")
}

if options["list"] != nil {
    let cameras = CameraInventory.scan(devicePaths: [device])
    var report = Report(listing: CameraInventory.report(cameras).en)
    report.pixelFormat = cameras.first?.formats.map(\.fourcc).joined(separator: ",")
    finish(report, status: 0)
}

let width = Int(options["width"] ?? "") ?? 320
let height = Int(options["height"] ?? "") ?? 240
let fps = Int(options["fps"] ?? "") ?? 30
let wanted = Int(options["frames"] ?? "") ?? 10
let timeout = Double(options["timeout"] ?? "") ?? 20
let statuses = Mutex<[String]>([])

let camera: V4L2Camera
do {
    camera = try V4L2Camera(
        device: device, width: width, height: height, fps: fps,
        backoff: ReconnectBackoff(initial: .milliseconds(10), maximum: .milliseconds(40)),
        onStatusChange: { status in
            let text: String
            switch status {
            case .reconnecting(let attempt, let error): text = "reconnecting:\(attempt):\(error.code)"
            case .failed(let error): text = "failed:\(error.code)"
            default: text = "\(status)"
            }
            statuses.withLock { $0.append(text) }
        })
} catch {
    fail(error.code.description, error.message(in: .en))
}

var report = Report(
    pixelFormat: camera.pixelFormat, width: camera.width, height: camera.height, fps: camera.negotiatedFPS)
camera.start()
let deadline = Date(timeIntervalSinceNow: timeout)
var seen: UInt64 = 0
// Read at least one frame, even when the capture thread has already published `wanted` of them.
while (report.sequences.isEmpty || camera.statistics.frames < wanted) && Date() < deadline {
    guard let frame = camera.waitForFrame(newerThan: seen, timeout: .seconds(1)) else { continue }
    seen = frame.sequence
    report.sequences.append(frame.sequence)
    if report.bars.isEmpty {
        report.bars = (0..<8).map { bar in
            let pixel = frame.pixel(x: (2 * bar + 1) * frame.width / 16, y: frame.height / 2)
            return [Int(pixel.red), Int(pixel.green), Int(pixel.blue)]
        }
    }
}
camera.stop()
let statistics = camera.statistics
report.frames = statistics.frames
report.dropped = statistics.dropped
report.skipped = statistics.skipped
report.reconnects = statistics.reconnects
report.statuses = statuses.withLock { $0 }
finish(report, status: 0)
