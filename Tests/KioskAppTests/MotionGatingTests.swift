import Camera
import FaceEngine
import Foundation
import Synchronization
import Testing

@testable import KioskApp
import Vocabulary

/// An idle door skips still frames, and still greets a face that appears after a still scene.
@Suite struct MotionGatingTests {
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func photo(_ name: String) throws -> RGBImage {
        do {
            return try RGBImage(contentsOfFile: repositoryRoot + "/assets/photos/" + name)
        } catch {
            Issue.record("cannot read \(name) (\(error)); run scripts/bootstrap first to fetch the photos")
            throw error
        }
    }

    /// `image` placed at the top-left of a `width` x `height` grey canvas (cropped where larger).
    static func frame(_ image: RGBImage, width: Int, height: Int, sequence: UInt64, seconds: Double) -> Frame {
        var pixels = [UInt8](repeating: 90, count: width * height * 3)
        for row in 0..<min(height, image.height) {
            for byte in 0..<(min(width, image.width) * 3) {
                pixels[row * width * 3 + byte] = image.pixels[row * image.width * 3 + byte]
            }
        }
        return Frame(width: width, height: height, stride: width * 3, pixels: pixels,
                     timestamp: .milliseconds(Int(seconds * 1000)), sequence: sequence)
    }

    @Test func stillFramesAreSkippedAndChangesAreNot() throws {
        let coffee = try Self.photo("coffee.png")
        var gate = MotionGate()
        let still = Self.frame(coffee, width: 640, height: 480, sequence: 1, seconds: 0)
        let first = gate.worthDetecting(still)
        #expect(first, "the first frame is always detected")
        let same = Self.frame(coffee, width: 640, height: 480, sequence: 2, seconds: 0.1)
        let unchanged = gate.worthDetecting(same)
        #expect(!unchanged, "an unchanged frame is skipped")
        let forced = gate.worthDetecting(same, force: true)
        #expect(forced, "a frame is detected when a face was in the last one")
        // A 100 x 100 square (the kiosk's minimum face) turns white.
        var pixels = same.pixels
        for row in 200..<300 { for byte in (300 * 3)..<(400 * 3) { pixels[row * 640 * 3 + byte] = 255 } }
        let changed = Frame(width: 640, height: 480, stride: 640 * 3, pixels: pixels, timestamp: .milliseconds(200), sequence: 3)
        let moved = gate.worthDetecting(changed)
        #expect(moved, "a face-sized change is detected")
        let later = Frame(width: 640, height: 480, stride: 640 * 3, pixels: pixels, timestamp: .milliseconds(5300), sequence: 4)
        let refreshed = gate.worthDetecting(later)
        #expect(refreshed, "a still scene is detected again after the refresh interval")
    }

    @Test func regionAroundAFaceStaysInTheFrame() {
        let region = FaceRegion(around: FaceBox(left: 10, top: 20, right: 109, bottom: 119), frameWidth: 640, frameHeight: 480)
        #expect(region == FaceRegion(around: FaceBox(left: 10, top: 20, right: 109, bottom: 119), frameWidth: 640, frameHeight: 480))
        #expect(region?.x == 0 && region?.y == 0 && region?.width == 185 && region?.height == 195)
        #expect(region?.toFrame(FaceBox(left: 5, top: 5, right: 50, bottom: 50)) == FaceBox(left: 5, top: 5, right: 50, bottom: 50))
        #expect(FaceRegion(around: FaceBox(left: 100, top: 50, right: 499, bottom: 449), frameWidth: 640, frameHeight: 480) == nil,
                "a region covering most of the frame is not worth cropping")
    }

    @Test func aFaceAppearingAfterAStillSceneIsRecognised() throws {
        let models: FaceModels
        do { models = try FaceModels.load(directory: Self.repositoryRoot + "/models") } catch {
            Issue.record("cannot load the models (\(error)); run scripts/bootstrap first")
            throw error
        }
        let enrolment = try models.makeRecognizer()
        let obama = try Self.photo("obama.jpg")
        let enrolled = try #require(try obama.withView { try enrolment.largestFace(in: $0, settings: .photos) })
        let gallery = GalleryStore(Gallery(templates: [FaceTemplate(employeeCode: "E001", embedding: enrolled.embedding)]))

        // Ten frames of a still scene at 10 fps, then the employee for five frames.
        let coffee = try Self.photo("coffee.png"), face = try Self.photo("obama2.jpg")
        let width = 640, height = 640  // holds obama2.jpg's face (rows 291...558)
        var frames = (1...10).map { Self.frame(coffee, width: width, height: height, sequence: UInt64($0), seconds: Double($0) / 10) }
        frames += (11...15).map { Self.frame(face, width: width, height: height, sequence: UInt64($0), seconds: Double($0) / 10) }
        let source = ScriptedFrames(frames, width: width, height: height)
        let results = Mutex<[RecognitionResult]>([])
        let loop = RecognitionLoop(source: source, models: models, gallery: gallery, settings: DetectionSettings(),
                                   policy: MatchPolicy(), workers: 1) { result in results.withLock { $0.append(result) } }
        loop.start()
        // Frames with a face are never skipped, so the last frame always yields a result.
        let deadline = ContinuousClock.now + .seconds(120)
        while results.withLock({ $0.last?.sequence }) != 15 && ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.02)
        }
        loop.stop()
        let seen = results.withLock { $0 }
        print("results: \(seen.map { "\($0.sequence) \($0.verdict)" }), still frames skipped: \(loop.stillFramesSkipped)")
        #expect(seen.first?.sequence == 1 && seen.first?.verdict == .noFace, "the first still frame is detected")
        #expect(loop.stillFramesSkipped == 9, "the nine unchanged still frames are skipped")
        let greeted = seen.first { if case .match(code: "E001", _, _) = $0.verdict { true } else { false } }
        #expect(greeted?.sequence == 11, "the employee is recognised on the first frame with the face")
        #expect(seen.filter { $0.sequence >= 11 }.count == 5, "every frame with a face is detected")
    }
}
