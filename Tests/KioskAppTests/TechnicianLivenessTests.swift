import Camera
import FaceEngine
import Foundation
import TestEnvironment
import Testing

@testable import KioskApp
import Vocabulary

/// The technician's recognition test shows the liveness evidence and the decision: the live clip is "viva",
/// a still held in front of the camera is refused once the window closes.
@Suite(.serialized) struct TechnicianLivenessTests {
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()
    static let clip = repositoryRoot + "/assets/liveness/bench/live/single_face"
    static let models = repositoryRoot + "/models"

    /// Why the tests cannot run here, nil when they can.
    static let missing: String? = {
        if !FileManager.default.fileExists(atPath: clip + "/0000.jpg") { return "\(clip) has no frames (run scripts/bootstrap)" }
        if !FileManager.default.fileExists(atPath: models + "/" + FaceShapeModel.fileName) { return "the 68-point model is missing (run scripts/bootstrap)" }
        return nil
    }()

    /// The clip's pictures `pictures` (file names), each held `hold` frames at `fps`, as frames a camera that
    /// never drops one hands out: the outcome does not depend on how busy the machine is.
    static func frames(_ pictures: [String], hold: Int, fps: Double) throws -> [Frame] {
        var frames: [Frame] = []
        for picture in pictures {
            let image = try RGBImage(contentsOfFile: clip + "/" + picture)
            for _ in 0..<hold {
                frames.append(Frame(image: image,
                                    timestamp: .milliseconds(Int(Double(frames.count) / fps * 1000)), sequence: UInt64(frames.count + 1)))
            }
        }
        return frames
    }

    /// The lines of the technician's test on `frames`.
    static func lines(_ frames: [Frame], window: Double) throws -> [String] {
        let recognizer = try FaceModels.load(directory: models).makeRecognizer()
        let shapes = try FaceShapeModel.load(directory: models)
        let first = try #require(frames.first, "no frames")
        let source = ScriptedFrames(frames, width: first.width, height: first.height)
        return LivenessTest.lines(source: source, first: first, recognizer: recognizer,
                                  shapes: shapes, settings: LivenessSettings(windowSeconds: window),
                                  detection: DetectionSettings(minFacePixels: 80, upsample: 0)).map(\.es)
    }

    @Test(.needs(.bootstrapAssets, missing: missing), .timeLimit(.minutes(20)))
    func liveClipIsShownLive() throws {
        // Every picture of the clip as the bootstrap extracted it (30 fps; the person blinks about 1 s in).
        let pictures = try FileManager.default.contentsOfDirectory(atPath: Self.clip).filter { $0.hasSuffix(".jpg") }.sorted()
        let lines = try Self.lines(try Self.frames(pictures, hold: 1, fps: 30), window: 3)
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.first?.hasPrefix("prueba de vida: frames=") == true, "\(lines)")
        #expect(lines.last == "prueba de vida: viva — se ficharía", "\(lines)")
    }

    @Test(.needs(.bootstrapAssets, missing: missing), .timeLimit(.minutes(20)))
    func heldStillIsShownRefused() throws {
        // One picture of the clip held for 4 s at 30 fps: past the 3 s window.
        let lines = try Self.lines(try Self.frames(["0010.jpg"], hold: 120, fps: 30), window: 3)
        #expect(lines.last == "prueba de vida: rechazada en 3 s — no se ficharía", "\(lines)")
        #expect(lines.first?.contains("nonRigidAt=-") == true && lines.first?.contains("blinkAt=-") == true, "\(lines)")
    }
}
