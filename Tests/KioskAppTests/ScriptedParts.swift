import BlockingWork
import Camera
import FaceEngine
import Foundation
import KioskApp
import Synchronization
import Vocabulary

/// A camera the test drives frame by frame: a worker's request for a frame newer than N tells the test that
/// frame N was handled (the runtime's result handler runs before the worker asks again), so a test waits on
/// that, never on a sleep. Its status (streaming, reconnecting) is set by the test, as a V4L2 camera that
/// lost its device would set it.
final class SteppedCamera: FrameSource {
    let name = "stepped"
    let width = 64
    let height = 48
    private struct State {
        var frames: [Frame] = []
        /// The highest sequence a caller asked to be newer than.
        var askedAfter: UInt64 = 0
        var status: CaptureStatus = .streaming
        var onStatusChange: (@Sendable (CaptureStatus) -> Void)?
    }
    private let state = Mutex(State())
    private let condition = NSCondition()

    func start() {}
    func stop() {}

    func latest() -> Frame? { state.withLock { $0.frames.last } }

    func waitForFrame(newerThan sequence: UInt64, timeout: Duration) -> Frame? {
        let deadline = Date().addingTimeInterval(Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18)
        condition.lock()
        defer { condition.unlock() }
        state.withLock { $0.askedAfter = max($0.askedAfter, sequence) }
        condition.broadcast()
        while true {
            if let frame = state.withLock({ $0.frames.first { $0.sequence > sequence } }) { return frame }
            guard condition.wait(until: deadline) else { return nil }
        }
    }

    var statistics: CaptureStatistics { CaptureStatistics() }
    var status: CaptureStatus { state.withLock { $0.status } }

    /// Called by the runtime's camera opener with its status handler.
    func attach(_ onStatusChange: @escaping @Sendable (CaptureStatus) -> Void) {
        state.withLock { $0.onStatusChange = onStatusChange }
    }

    /// Hands out a new frame.
    func push(_ frame: Frame) {
        condition.lock()
        state.withLock { $0.frames.append(frame) }
        condition.broadcast()
        condition.unlock()
    }

    /// Changes the status and tells the runtime, as the capture thread does.
    func set(_ status: CaptureStatus) {
        let handler = state.withLock { state -> (@Sendable (CaptureStatus) -> Void)? in
            state.status = status
            return state.onStatusChange
        }
        handler?(status)
    }

    /// Waits (on a dedicated thread) until a worker asked for a frame newer than `sequence`, that is, until it
    /// handled frame `sequence`; false after `timeout` seconds.
    func handled(_ sequence: UInt64, timeout: TimeInterval = 30) async -> Bool {
        await DedicatedThread.run(name: "test-wait") { [self] in
            let deadline = Date().addingTimeInterval(timeout)
            condition.lock()
            defer { condition.unlock() }
            while state.withLock({ $0.askedAfter }) < sequence {
                guard condition.wait(until: deadline) else { return false }
            }
            return true
        }
    }

    /// A 64×48 frame whose face (if any) the scripted engine looks up by `sequence`; odd and even frames
    /// differ everywhere, so the motion gate never skips one.
    static func frame(_ sequence: UInt64) -> Frame {
        Frame(width: 64, height: 48, stride: 64 * 3, pixels: [UInt8](repeating: sequence % 2 == 0 ? 200 : 0, count: 64 * 48 * 3),
              timestamp: .milliseconds(Int64(sequence) * 100), sequence: sequence)
    }
}

/// Opens the one stepped camera, whatever the device.
struct SteppedCameras: CameraOpening {
    let camera: SteppedCamera

    func open(
        device: String, width: Int, height: Int, fps: Int, onStatusChange: @escaping @Sendable (CaptureStatus) -> Void
    ) throws(CameraError) -> any FrameSource {
        camera.attach(onStatusChange)
        return camera
    }
}

/// A face engine that "sees" in each frame the face the test scripted for its sequence: a box and an
/// embedding (no dlib). Frames without a script have no face.
final class ScriptedFaces: FaceFinding {
    private let faces = Mutex<[UInt64: Embedding]>([:])

    /// The face in frame `sequence`.
    func script(_ sequence: UInt64, _ embedding: Embedding) {
        faces.withLock { $0[sequence] = embedding }
    }

    func makeFinder() throws -> any FaceFinder { Finder(faces: self) }

    fileprivate func face(_ sequence: UInt64) -> Embedding? { faces.withLock { $0[sequence] } }

    private struct Finder: FaceFinder {
        let faces: ScriptedFaces
        func largestFace(in frame: Frame, settings: DetectionSettings, near lastBox: FaceBox?) throws -> (box: FaceBox, embedding: Embedding)? {
            faces.face(frame.sequence).map { (FaceBox(left: 10, top: 5, right: 50, bottom: 45), $0) }
        }
    }

    /// A 128-D embedding with the given first coordinates, zero elsewhere.
    static func embedding(_ leading: Float...) -> Embedding {
        Embedding(values: leading + [Float](repeating: 0, count: Embedding.length - leading.count))
    }
}

/// Loads the scripted engine, or fails as missing model files do until ``install(_:)`` puts them in place.
final class ScriptedModelLoader: ModelLoading {
    /// Speaks as the face engine's own missing-file error does: the panel shows its words, not its type.
    struct MissingModels: Error, LocalizedMessage, CustomStringConvertible {
        var description: String { "models/shape_predictor_5_face_landmarks.dat: not found" }
        func message(in language: Language) -> String { description }
        func fix(in language: Language) -> String? { nil }
    }

    private let faces: Mutex<ScriptedFaces?>

    init(faces: ScriptedFaces?) {
        self.faces = Mutex(faces)
    }

    /// The model files are there now (what `scripts/bootstrap` does at a real door).
    func install(_ faces: ScriptedFaces) {
        self.faces.withLock { $0 = faces }
    }

    func load(directory: String, releasesDlibDescriptor: Bool) throws -> LoadedModels {
        guard let faces = faces.withLock({ $0 }) else { throw MissingModels() }
        return LoadedModels(finding: faces, dlib: nil, detail: Bilingual(es: "motor guionizado", en: "scripted engine"))
    }
}
