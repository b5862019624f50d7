import Foundation
import Testing
@testable import Camera

/// Writes `*.fakecam` files for the FakeV4L2Plugin (layout in Sources/FakeV4L2Plugin/include) and runs
/// `fakecam-capture` on them in a private mount namespace.
struct FakeCamera {
    struct Entry {
        let fourcc: UInt32
        let width: Int
        let height: Int
        let payload: [UInt8]
    }

    /// What `fakecam-capture` reports (its `Report`).
    struct Report: Decodable {
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
        var statuses: [String]
        var bars: [[Int]]
        var sequences: [UInt64]
        var listing: String?
    }

    /// The plugin's counters, read back from the file's header.
    struct Counters: Equatable {
        let served: UInt32
        let vanished: UInt32
        let refusedOpens: UInt32
    }

    var entries: [Entry]
    var vanishAfter: UInt32 = 0
    var missingOpens: UInt32 = 0

    static let page = 4096

    /// The colour-bar pattern in YUYV and MJPEG at each size.
    static func colourBars(_ formats: [(fourcc: UInt32, width: Int, height: Int)]) throws -> [Entry] {
        try formats.map { format in
            let bars = TestPattern.colourBars(width: format.width, height: format.height)
            let payload = format.fourcc == FourCC.yuyv ? TestPattern.yuyv(bars) : try ImageCodec.encodeJPEG(bars, quality: 95)
            return Entry(fourcc: format.fourcc, width: format.width, height: format.height, payload: payload)
        }
    }

    func write(to path: String) throws {
        var payloads: [UInt8] = []
        var offsets: [Int] = []
        for entry in entries {
            offsets.append(Self.page + payloads.count)
            payloads += entry.payload
        }
        let slots = (Self.page + payloads.count + Self.page - 1) / Self.page * Self.page
        var header = [UInt8](repeating: 0, count: Self.page)
        header.replaceSubrange(0..<8, with: Array("FAKECAM1".utf8))
        func put(_ value: Int, at offset: Int) {
            for byte in 0..<4 { header[offset + byte] = UInt8(truncatingIfNeeded: value >> (8 * byte)) }
        }
        put(entries.count, at: 8)
        put(Int(vanishAfter), at: 12)
        put(Int(missingOpens), at: 16)
        put(slots, at: 32)
        for (index, entry) in entries.enumerated() {
            let base = 64 + index * 20
            put(Int(entry.fourcc), at: base)
            put(entry.width, at: base + 4)
            put(entry.height, at: base + 8)
            put(offsets[index], at: base + 12)
            put(entry.payload.count, at: base + 16)
        }
        try Data(header + payloads).write(to: URL(fileURLWithPath: path))
    }

    static func counters(of path: String) throws -> Counters {
        let header = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)).prefix(32))
        func field(_ offset: Int) -> UInt32 {
            (0..<4).reduce(0) { $0 | UInt32(header[offset + $1]) << (8 * $1) }
        }
        return Counters(served: field(20), vanished: field(24), refusedOpens: field(28))
    }

    // MARK: - Running the capture helper

    /// The folder holding this test binary, where `swift build` also put the plugin and the helper.
    static let buildFolder: String = {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return (executable as NSString).deletingLastPathComponent
    }()

    static var plugin: String { buildFolder + "/libFakeV4L2Plugin.so" }
    static var helper: String { buildFolder + "/fakecam-capture" }

    static let unshare = ["/usr/bin/unshare", "/bin/unshare"].first(where: FileManager.default.isExecutableFile)

    /// The `unshare` options that give the helper a private mount namespace here: `-rm` (inside a new user
    /// namespace, which needs no privilege on Debian 12), else `-m` (root or CAP_SYS_ADMIN where user
    /// namespaces are off); nil when neither works.
    static let namespaceOptions: [String]? = {
        guard let unshare else { return nil }
        return [["-rm"], ["-m"]].first { options in
            let probe = Process()
            probe.executableURL = URL(fileURLWithPath: unshare)
            probe.arguments = options + ["true"]
            probe.standardOutput = FileHandle.nullDevice
            probe.standardError = FileHandle.nullDevice
            guard (try? probe.run()) != nil else { return false }
            probe.waitUntilExit()
            return probe.terminationStatus == 0
        }
    }()

    /// Why the capture cannot run here, or nil when it can.
    static var missing: String? {
        guard unshare != nil else { return "unshare (util-linux) is not installed" }
        guard namespaceOptions != nil else {
            return "neither `unshare -rm` (user namespaces are off) nor `unshare -m` (needs root or CAP_SYS_ADMIN) is permitted here"
        }
        return nil
    }

    /// Runs `fakecam-capture` in a private mount namespace with the plugin in a folder of its own.
    static func capture(_ device: String, _ arguments: [String]) async throws -> Report {
        let plugins = (device as NSString).deletingLastPathComponent + "/plugins"
        try FileManager.default.createDirectory(atPath: plugins, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: plugin, toPath: plugins + "/libFakeV4L2Plugin.so")
        let options = namespaceOptions ?? ["-m"]
        let result = try await run(unshare ?? "unshare", options + [helper, "--plugins", plugins, "--device", device] + arguments)
        do {
            return try JSONDecoder().decode(Report.self, from: result.output)
        } catch {
            throw HelperFailure(status: result.status, output: String(decoding: result.output, as: UTF8.self))
        }
    }

    struct HelperFailure: Error, CustomStringConvertible {
        let status: Int32
        let output: String
        var description: String { "fakecam-capture exited \(status) with: \(output)" }
    }

    private static func run(_ program: String, _ arguments: [String]) async throws -> (status: Int32, output: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                continuation.resume(throwing: error)
            }
        }
        return (status, output.fileHandleForReading.readDataToEndOfFile())
    }
}
