import Foundation
import Testing
@testable import Camera
import Vocabulary

@Suite("Replay sources")
struct ReplaySourceTests {
    static let start = Duration.seconds(1000)

    @Test func pacesFramesAtTheDeclaredRate() throws {
        let folder = try TemporaryFolder()
        for (index, level) in [UInt8(10), 20, 30].enumerated() {
            try folder.write("\(index).png", ImageCodec.encodePNG(RGBImage(width: 4, height: 4, red: level, green: level, blue: level)))
        }
        let clock = SteppingClock(start: Self.start)
        let replay = try ReplaySource(path: folder.path, width: 4, height: 4, fps: 15, loop: false, holdFrames: 10, clock: clock)
        replay.start()
        #expect(replay.waitUntilFinished(timeout: .seconds(30)))
        let statistics = replay.statistics
        #expect(statistics.frames == 30)
        #expect(abs(statistics.measuredFPS - 15) < 1e-6)
        // 30 frames at 15 frames/s: the last one is due 29/15 s after the first.
        #expect(clock.now() - Self.start == .seconds(1) / 15 * 29)
        let last = try #require(replay.latest())
        #expect(last.sequence == 30)
        #expect(last.timestamp == clock.now())
        #expect(last.pixel(x: 0, y: 0) == (30, 30, 30))
        #expect(replay.status == .ended)
    }

    @Test func loopsBackToTheStart() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "two.y4m", Y4MFile.bytes(width: 2, height: 2, colours: [(235, 128, 128), (16, 128, 128)]))
        let replay = try ReplaySource(path: path, width: 2, height: 2, fps: 30, loop: true, clock: SteppingClock(start: Self.start))
        replay.start()
        // Frame 5 can only exist if the two-frame file started over twice.
        let fifth = replay.waitForFrame(newerThan: 4, timeout: .seconds(30))
        replay.stop()
        let frame = try #require(fifth)
        #expect(frame.sequence >= 5)
        // Odd sequence numbers are the first (white) frame of a pass, even ones the black.
        let expected: UInt8 = frame.sequence % 2 == 1 ? 255 : 0
        #expect(frame.pixel(x: 1, y: 1) == (expected, expected, expected))
        #expect(replay.status == .stopped)
    }

    @Test func corruptPictureInAStreamIsCountedAndCaptureGoesOn() throws {
        let folder = try TemporaryFolder()
        let green = try ImageCodec.encodeJPEG(RGBImage(width: 8, height: 8, red: 0, green: 255, blue: 0))
        let garbage: [UInt8] = [0xFF, 0xD8, 0xFF, 0xDB, 0x00, 0x03, 0x00, 0x11, 0x22, 0x33]
        let path = try folder.write("clip.mjpg", green + garbage + green)
        let replay = try ReplaySource(path: path, width: 8, height: 8, fps: 30, loop: false, clock: SteppingClock(start: Self.start))
        replay.start()
        #expect(replay.waitUntilFinished(timeout: .seconds(30)))
        #expect(replay.statistics.frames == 2)
        #expect(replay.statistics.skipped == 1, "the corrupt picture is counted as skipped")
        #expect(replay.status == .ended)
    }

    @Test func truncatedY4MFailsWithTheFramesBeforeIt() throws {
        let folder = try TemporaryFolder()
        let whole = Y4MFile.bytes(width: 2, height: 2, colours: [(235, 128, 128), (235, 128, 128)])
        let path = try folder.write("cut.y4m", Array(whole.dropLast(2)))
        let replay = try ReplaySource(path: path, width: 2, height: 2, fps: 30, loop: true, clock: SteppingClock(start: Self.start))
        replay.start()
        #expect(replay.waitUntilFinished(timeout: .seconds(30)))
        #expect(replay.statistics.frames == 1)
        guard case .failed(let error) = replay.status else {
            Issue.record("expected failed, got \(replay.status)")
            return
        }
        #expect(error.code == .replayTruncated)
        #expect(replay.status.text(.es).contains("vuelva a exportar"))
    }

    @Test func streamWithoutOneGoodPictureFails() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("bad.mjpeg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x41, 0x42, 0x00])
        let replay = try ReplaySource(path: path, width: 2, height: 2, fps: 30, loop: true, clock: SteppingClock(start: Self.start))
        replay.start()
        #expect(replay.waitUntilFinished(timeout: .seconds(30)))
        #expect(replay.status == .failed(CameraError(.replayEmpty, path: "replay:\(path)", detail: "no picture could be decoded")))
    }

    @Test func deviceSettingSelectsTheSource() throws {
        let folder = try TemporaryFolder()
        try folder.write("face.png", ImageCodec.encodePNG(RGBImage(width: 2, height: 2, red: 1, green: 2, blue: 3)))
        let source = try FrameSources.open(device: "replay:\(folder.path)", width: 64, height: 48, fps: 10)
        #expect(source is ReplaySource)
        #expect(source.name == "replay:\(folder.path)")
        #expect(source.width == 64 && source.height == 48)

        let text = try folder.write("notes.txt", [1])
        #expect(throws: CameraError(.replayInvalid, path: text, detail: "not a folder, .mjpeg, .mjpg, .y4m or .playlist")) {
            try FrameSources.open(device: "replay:\(text)", width: 64, height: 48, fps: 10)
        }
        #expect(throws: CameraError(.replayUnreadable, path: folder.file("gone.mjpeg"), detail: "no such file or folder")) {
            try FrameSources.open(device: "replay:\(folder.file("gone.mjpeg"))", width: 64, height: 48, fps: 10)
        }
    }

    @Test func missingCameraSaysWhatToDo() {
        do {
            _ = try FrameSources.open(device: "/dev/video-not-here", width: 640, height: 480, fps: 30)
            Issue.record("opening a missing device must throw")
        } catch {
            #expect(error.code == .deviceMissing)
            #expect(error.message(in: .en).hasPrefix("No camera at /dev/video-not-here; is it connected? See `kiosk diagnose`"))
            #expect(error.message(in: .es).hasPrefix("No hay ninguna cámara en /dev/video-not-here; ¿está conectada?"))
        }
    }
}
