import Foundation
import TestEnvironment
import Testing
@testable import Camera

/// The real `V4L2Camera` against the FakeV4L2Plugin, in a private mount namespace (see `FakeCamera`).
@Suite("V4L2 camera through a fake device", .needs(.unshare, missing: FakeCamera.missing), .timeLimit(.minutes(20)))
struct V4L2CameraTests {
    static let bothFormats: [(fourcc: UInt32, width: Int, height: Int)] = [
        (FourCC.mjpeg, 640, 480), (FourCC.mjpeg, 320, 240), (FourCC.yuyv, 320, 240), (FourCC.yuyv, 160, 120),
    ]

    /// Runs the capture; the plugin and the helper must have been built (`swift build --build-tests`).
    private func capture(
        _ camera: FakeCamera, _ arguments: [String], in folder: TemporaryFolder
    ) async throws -> (FakeCamera.Report, String) {
        try #require(
            FileManager.default.fileExists(atPath: FakeCamera.plugin) && FileManager.default.fileExists(atPath: FakeCamera.helper),
            "libFakeV4L2Plugin.so or fakecam-capture is missing from \(FakeCamera.buildFolder): run `swift build --build-tests` first")
        let device = folder.file("camera.fakecam")
        try camera.write(to: device)
        return (try await FakeCamera.capture(device, arguments), device)
    }

    @Test func negotiatesMJPEGAndConvertsItsColours() async throws {
        let folder = try TemporaryFolder()
        let camera = FakeCamera(entries: try FakeCamera.colourBars(Self.bothFormats))
        let (report, _) = try await capture(camera, ["--width", "320", "--height", "240", "--fps", "15", "--frames", "5"], in: folder)
        #expect(report.errorMessage == nil)
        #expect(report.pixelFormat == "MJPG")
        #expect(report.width == 320 && report.height == 240)
        #expect(report.fps == 15)
        #expect(report.bars.count == 8)
        for (bar, colour) in zip(report.bars, TestPattern.barColours) {
            #expect(close(bar, colour, within: 12), "bar \(bar) should be \(colour)")
        }
    }

    @Test func fallsBackToYUYVForASizeOnlyItOffers() async throws {
        let folder = try TemporaryFolder()
        let camera = FakeCamera(entries: try FakeCamera.colourBars(Self.bothFormats))
        let (report, _) = try await capture(camera, ["--width", "160", "--height", "120", "--frames", "3"], in: folder)
        #expect(report.pixelFormat == "YUYV")
        #expect(report.width == 160 && report.height == 120)
        #expect(report.fps == 30)
        for (bar, colour) in zip(report.bars, TestPattern.barColours) {
            #expect(close(bar, colour, within: 4), "bar \(bar) should be \(colour)")
        }
    }

    @Test func countsEveryDequeuedFrame() async throws {
        let folder = try TemporaryFolder()
        let camera = FakeCamera(entries: try FakeCamera.colourBars([(FourCC.yuyv, 64, 48)]))
        let (report, device) = try await capture(camera, ["--width", "64", "--height", "48", "--frames", "25"], in: folder)
        let frames = try #require(report.frames)
        #expect(frames >= 25)
        #expect(report.skipped == 0, "no frame from the fake device is corrupt")
        #expect(report.reconnects == 0)
        // Every buffer the device handed out became exactly one published frame.
        #expect(try FakeCamera.counters(of: device).served == UInt32(frames))
        #expect(report.sequences == report.sequences.sorted() && Set(report.sequences).count == report.sequences.count)
        #expect(report.statuses.first == "streaming" && report.statuses.last == "stopped")
    }

    @Test func reconnectsWhenTheDeviceVanishesMidStream() async throws {
        let folder = try TemporaryFolder()
        var camera = FakeCamera(entries: try FakeCamera.colourBars([(FourCC.yuyv, 64, 48)]))
        camera.vanishAfter = 5
        camera.missingOpens = 2
        let (report, device) = try await capture(camera, ["--width", "64", "--height", "48", "--frames", "12"], in: folder)
        #expect(report.reconnects == 1)
        #expect((report.frames ?? 0) >= 12, "frames resume after the reconnection")
        // Unplugged: DQBUF failed with ENODEV, two reopenings found no device, the third one worked.
        #expect(report.statuses == [
            "streaming", "reconnecting:1:deviceLost", "reconnecting:2:deviceLost", "reconnecting:3:deviceLost",
            "streaming", "stopped",
        ])
        #expect(try FakeCamera.counters(of: device) == FakeCamera.Counters(
            served: UInt32(report.frames ?? 0), vanished: 1, refusedOpens: 2))
    }

    @Test func corruptMJPEGFramesAreSkippedAndCounted() async throws {
        let folder = try TemporaryFolder()
        let garbage = FakeCamera.Entry(fourcc: FourCC.mjpeg, width: 64, height: 48, payload: [0xFF, 0xD8] + [UInt8](repeating: 0x42, count: 300))
        let (report, device) = try await capture(
            FakeCamera(entries: [garbage]), ["--width", "64", "--height", "48", "--frames", "1", "--timeout", "1"], in: folder)
        #expect(report.frames == 0)
        let skipped = try #require(report.skipped, "the corrupt frames the device served are counted")
        #expect(skipped > 0)
        #expect(try FakeCamera.counters(of: device).served == UInt32(skipped))
    }

    @Test func aDeviceWithoutMJPEGOrYUYVIsRefusedInPlainWords() async throws {
        let folder = try TemporaryFolder()
        let grey = FakeCamera.Entry(fourcc: 0x5945_5247, width: 64, height: 48, payload: [UInt8](repeating: 128, count: 64 * 48))
        let (report, _) = try await capture(FakeCamera(entries: [grey]), ["--frames", "1"], in: folder)
        #expect(report.errorCode == "noUsableFormat")
        #expect(report.errorMessage?.contains("no usable format (MJPEG or YUYV) (it offers GREY 64x48)") == true)
    }

    @Test func listingDescribesTheDevice() async throws {
        let folder = try TemporaryFolder()
        let camera = FakeCamera(entries: try FakeCamera.colourBars(Self.bothFormats))
        let (report, device) = try await capture(camera, ["--list"], in: folder)
        #expect(report.pixelFormat == "MJPG,YUYV")
        #expect(report.listing == """
            \(device): Fake test-pattern camera (fakecam)
                MJPG MJPG: 640x480@30/15 320x240@30/15
                YUYV YUYV: 320x240@30/15 160x120@30/15
            """)
    }
}
