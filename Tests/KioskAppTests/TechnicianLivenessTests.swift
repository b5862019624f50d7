import Camera
import FaceEngine
import Foundation
import Testing

@testable import KioskApp

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

    static let skipReason: String? = {
        if !FileManager.default.fileExists(atPath: clip + "/0000.jpg") { return "\(clip) has no frames (run scripts/bootstrap)" }
        if !FileManager.default.fileExists(atPath: models + "/" + FaceShapeModel.fileName) { return "the 68-point model is missing (run scripts/bootstrap)" }
        return nil
    }()

    /// The lines of the test on a replay of `path`, each picture held `hold` frames at `fps`.
    static func lines(_ path: String, hold: Int, fps: Int, window: Double) throws -> [String] {
        let recognizer = try FaceModels.load(directory: models).makeRecognizer()
        let shapes = try FaceShapeModel.load(directory: models)
        let source = try ReplaySource(path: path, width: 640, height: 480, fps: fps, loop: false, holdFrames: hold)
        source.start()
        defer { source.stop() }
        let first = try #require(source.waitForFrame(newerThan: 0, timeout: .seconds(5)), "the replay gave no frame")
        return LivenessTest.lines(source: source, first: first, recognizer: recognizer,
                                  shapes: shapes, settings: LivenessSettings(windowSeconds: window),
                                  detection: DetectionSettings(minFacePixels: 80, upsample: 0)).map(\.es)
    }

    @Test(.enabled(if: skipReason == nil, "skipped because \(skipReason ?? "")"))
    func liveClipIsShownLive() throws {
        // The replay runs in real time: at 10 fps (the clip lasts 7.2 s) a busy machine still sees enough frames.
        let lines = try Self.lines(Self.clip, hold: 1, fps: 10, window: 7)
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.first?.hasPrefix("prueba de vida: frames=") == true, "\(lines)")
        #expect(lines.last == "prueba de vida: viva — se ficharía", "\(lines)")
    }

    @Test(.enabled(if: skipReason == nil, "skipped because \(skipReason ?? "")"))
    func heldStillIsShownRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liveness-still-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("0000.jpg"),
                                                   withDestinationURL: URL(fileURLWithPath: Self.clip + "/0010.jpg"))
        let lines = try Self.lines(folder.path, hold: 150, fps: 30, window: 3)
        #expect(lines.last == "prueba de vida: rechazada en 3 s — no se ficharía", "\(lines)")
        #expect(lines.first?.contains("nonRigidAt=-") == true && lines.first?.contains("blinkAt=-") == true, "\(lines)")
    }
}
