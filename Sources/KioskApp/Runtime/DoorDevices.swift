import Attendance
import BlockingWork
import Camera
import FaceEngine
import Foundation
import Synchronization
import Vocabulary

/// The door's devices: the camera, the loaded face engine and the recognition threads. The start-up brings
/// them up when it can; the technician reopens the camera and reloads the models — so this is the one
/// place whose parts may be missing while the door runs (no camera: code and PIN; no models: the same).
final class DoorDevices: DoorService, Sendable {
    let door: DoorContext
    /// The model loader and the camera (scripted in tests).
    let seams: KioskSeams
    let parts = Mutex(KioskParts())
    /// Where recognition results go (the runtime's recognition decision).
    private let resultHandler = CallbackSlot<RecognitionResult>()

    init(door: DoorContext, seams: KioskSeams) {
        self.door = door
        self.seams = seams
    }

    /// Sets where each recognition result goes.
    func onResult(_ handler: @escaping @Sendable (RecognitionResult) -> Void) {
        resultHandler.set(handler)
    }

    /// The running camera, if any.
    var source: (any FrameSource)? { parts.withLock { $0.source } }
    /// dlib's models (enrolment, the recognition test), if loaded.
    var dlibModels: FaceModels? { parts.withLock { $0.engine?.dlib } }
    /// Whether recognition runs (models and camera up).
    var isRecognising: Bool { parts.withLock { $0.recognition != nil } }

    /// Stops recognition and the camera; joining their threads blocks, so it happens on a dedicated thread.
    func stop() async {
        let (recognition, source) = parts.withLock { parts in
            defer { parts.source = nil; parts.recognition = nil }
            return (parts.recognition, parts.source)
        }
        await DedicatedThread.run(name: "devices-stop") {
            recognition?.stop()
            source?.stop()
        }
    }
}

extension DoorDevices {
    /// Start-up phase 3: loads and verifies the face models (and the 68-point predictor with liveness on).
    func loadModels(_ progress: StartupProgress) async -> PhaseOutcome {
        progress.report(.modelLoad, fraction: 0.1, activity: Bilingual(es: "verificando SHA-256", en: "verifying SHA-256"))
        let directory = configuration.recognition.modelsDir
        let loader = seams.models
        let engine: LoadedModels
        do {
            // oneDNN keeps its own folded weights: dlib's copy is dead weight in a kiosk (the next phase trims it).
            engine = try await DedicatedThread.run(name: "model-load") { try loader.load(directory: directory, releasesDlibDescriptor: true) }
        } catch {
            return Self.modelsFailed(error)
        }
        let shapes: FaceShapeModel?
        do {
            shapes = try await loadLivenessModel()
        } catch {
            return Self.modelsFailed(error)
        }
        parts.withLock {
            $0.engine = engine
            $0.shapes = shapes
        }
        let liveness = Self.livenessNote(shapes)
        return .ok(Bilingual(es: engine.detail.es + liveness.es, en: engine.detail.en + liveness.en))
    }

    /// The model-load line when the models do not load: the door goes on with code and PIN (and badges).
    static func modelsFailed(_ error: any Error) -> PhaseOutcome {
        .failed(Bilingual(es: "los modelos no cargan: \(ScreenFailure(error).sentence(in: .es))",
                          en: "the models do not load: \(ScreenFailure(error).sentence(in: .en))"),
                fix: Bilingual(es: "ejecute scripts/bootstrap y recargue los modelos (F3, m); mientras tanto se ficha con código y PIN (F4)",
                               en: "run scripts/bootstrap and reload the models (F3, m); meanwhile check in by code and PIN (F4)"))
    }

    /// Start-up phase 6 (and the technician's reopen): opens the camera and waits for its first frame; a
    /// camera that does not open or sends nothing leaves the door on code and PIN.
    func openCamera(_ progress: StartupProgress) async -> PhaseOutcome {
        let device = CameraChoice.device(for: configuration.camera)
        progress.report(.camera, fraction: 0.2, activity: Bilingual(es: "abriendo \(device)", en: "opening \(device)"))
        let c = configuration.camera
        // V4L2 open, format negotiation and stream-on block: on a dedicated thread, off the pool.
        let cameras = seams.cameras
        let opened = await DedicatedThread.run(name: "camera-open") { [self] () -> Result<any FrameSource, CameraError> in
            Result { () throws(CameraError) -> any FrameSource in
                try cameras.open(device: device, width: c.width, height: c.height, fps: c.fps) { [weak self] _ in
                    self?.changed()
                }
            }
        }
        let source: any FrameSource
        switch opened {
        case .success(let opened):
            source = opened
        case .failure(let error):
            return .degraded(error.bilingualMessage,
                             fix: Bilingual(es: "fichaje solo con código y PIN (F4) hasta que haya cámara",
                                            en: "check-in by code and PIN only (F4) until a camera is available"))
        }
        let first = await DedicatedThread.run(name: "camera-first-frame") { source.waitForFrame(newerThan: 0, timeout: .seconds(3)) }
        parts.withLock { $0.source = source }
        guard let first else {
            return .degraded(Bilingual(es: "\(source.name): sin imagen en 3 s (\(source.status.text(.es)))",
                                       en: "\(source.name): no frame within 3 s (\(source.status.text(.en)))"),
                             fix: Bilingual(es: "revise la cámara con `kiosk diagnose`", en: "check the camera with `kiosk diagnose`"))
        }
        return .ok(Bilingual(es: "\(source.name) \(first.width)×\(first.height) a \(c.fps) fps",
                             en: "\(source.name) \(first.width)×\(first.height) at \(c.fps) fps"))
    }

    /// Starts the recognition threads when both the models and the camera are up.
    func startRecognition() {
        let (engine, source, shapes) = parts.withLock { ($0.engine, $0.source, $0.shapes) }
        guard let engine, let source else { return }
        let r = configuration.recognition
        var liveness: LivenessWatch?
        if let shapes, let settings = configuration.liveness.settings { liveness = LivenessWatch(shapes: shapes, settings: settings) }
        let loop = RecognitionLoop(
            source: source, models: engine.finding, gallery: door.gallery,
            settings: DetectionSettings(minFacePixels: r.minFacePx, upsample: r.upsample),
            policy: MatchPolicy(threshold: Float(r.threshold), margin: Float(r.margin)),
            workers: r.workers, liveness: liveness
        ) { [weak self] result in self?.resultHandler(result) }
        parts.withLock { $0.recognition = loop }
        loop.start { [weak self] error in self?.logger.error("recognition worker failed: \(error)") }
    }
}
