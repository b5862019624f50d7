import Attendance
import BlockingWork
import Camera
import FaceEngine
import Foundation
import KioskStore

extension KioskRuntime {
    /// Runs the start-up phases in order (configuration → database → model load → memory cleanup → seeds →
    /// camera → sync), then starts recognition when both the models and the camera came up. A failed phase
    /// leaves the kiosk degraded, never stopped: without a camera the PIN still works. The database phase
    /// builds the use-case services (check-in, staff, sync) over the open store.
    public func start() async {
        var sequence = StartupSequence(logger: logger)
        sequence.on(.configuration) { [self] _ in
            .ok(Bilingual(es: "\(configurationSource) — \(configuration.kiosk.name), \(configuration.kiosk.timeZone)",
                          en: "\(configurationSource) — \(configuration.kiosk.name), \(configuration.kiosk.timeZone)"))
        }
        sequence.on(.database) { [self] progress in try await openDatabase(progress) }
        sequence.on(.modelLoad) { [self] progress in try await loadModels(progress) }
        // malloc_trim walks and returns every free page: blocking work, on a dedicated thread.
        sequence.on(.memoryCleanup) { _ in await DedicatedThread.run(name: "memory-cleanup") { Self.cleanMemory() } }
        sequence.on(.seeds) { [self] progress in try await seed(progress) }
        sequence.on(.camera) { [self] progress in await openCamera(progress) }
        sequence.on(.sync) { [self] _ in await startSync() }
        await sequence.run(progress: progress)
        startRecognition()
        await services?.checkIn.refreshQueuedCount()
        door.state.withLock { $0.startupFinished = true }
        changed()
    }

    private func openDatabase(_ progress: StartupProgress) async throws -> PhaseOutcome {
        progress.report(.database, fraction: 0.1, activity: Bilingual(es: "abriendo y comprobando", en: "opening and checking"))
        let store = try await KioskStore.open(configuration)
        attach(store)
        let report = store.openReport
        let migrations = report.appliedMigrations.isEmpty ? "" : ", \(report.appliedMigrations.count) migr."
        let ms = Int(Double(report.duration.components.attoseconds) / 1e15 + Double(report.duration.components.seconds) * 1000)
        if let recovery = report.recovery {
            return .degraded(
                Bilingual(es: "base de datos dañada apartada a \(recovery.movedTo); nueva creada, \(recovery.salvaged.values.reduce(0, +)) filas recuperadas",
                          en: "corrupt database moved to \(recovery.movedTo); new one created, \(recovery.salvaged.values.reduce(0, +)) rows salvaged"),
                fix: Bilingual(es: "un técnico debe revisar y reconocer la alarma (F3)", en: "a technician must review and acknowledge the alarm (F3)"))
        }
        return .ok(Bilingual(es: "\(report.check) ok\(migrations), \(ms) ms — \(report.path)",
                             en: "\(report.check) ok\(migrations), \(ms) ms — \(report.path)"))
    }

    private func loadModels(_ progress: StartupProgress) async throws -> PhaseOutcome {
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
        let shapes = try await loadLivenessModel()
        parts.withLock {
            $0.engine = engine
            $0.shapes = shapes
        }
        let liveness = Self.livenessNote(shapes)
        return .ok(Bilingual(es: engine.detail.es + liveness.es, en: engine.detail.en + liveness.en))
    }

    /// The model-load line when the models do not load: the door goes on with code and PIN (and badges).
    static func modelsFailed(_ error: any Error) -> PhaseOutcome {
        .failed(Bilingual(es: "los modelos no cargan: \(error)", en: "the models do not load: \(error)"),
                fix: Bilingual(es: "ejecute scripts/bootstrap y recargue los modelos (F3, m); mientras tanto se ficha con código y PIN (F4)",
                               en: "run scripts/bootstrap and reload the models (F3, m); meanwhile check in by code and PIN (F4)"))
    }

    private static func cleanMemory() -> PhaseOutcome {
        let cleanup = MemoryCleanup.run()
        func mb(_ usage: MemoryUsage?) -> String { usage.map { "\($0.residentBytes / 1_048_576) MB" } ?? "?" }
        return .ok(Bilingual(es: "malloc_trim: RSS \(mb(cleanup.before)) → \(mb(cleanup.after))",
                             en: "malloc_trim: RSS \(mb(cleanup.before)) → \(mb(cleanup.after))"))
    }

    private func seed(_ progress: StartupProgress) async throws -> PhaseOutcome {
        guard let store = services?.store else {
            return .failed(Bilingual(es: "sin base de datos", en: "no database"),
                           fix: Bilingual(es: "vea la fase Base de datos", en: "see the Database phase"))
        }
        let report = try await store.seed(demo: configuration.kiosk.demo)
        for (code, pin) in report.generatedPINs.sorted(by: { $0.key < $1.key }) {
            let notice = Bilingual(
                es: "PIN inicial de \(code): \(pin) — anótelo, no se volverá a mostrar (kiosk pin set --code \(code) lo cambia)",
                en: "First PIN of \(code): \(pin) — write it down, it is not shown again (kiosk pin set --code \(code) changes it)")
            // Only the panel (and the terminal's standard output at exit) shows it: never a log or standard error,
            // which are often files that outlive the first run.
            progress.notice(notice)
        }
        var demoFaces = Bilingual(es: "", en: "")
        var photosRefused = false
        if configuration.kiosk.demo, let models = parts.withLock({ $0.engine?.dlib }) {
            progress.report(.seeds, fraction: 0.5, activity: Bilingual(es: "caras de demostración", en: "demo faces"))
            let enrolled = try await DemoFaces.enrol(into: store, models: models, configuration: configuration)
            demoFaces = Bilingual(es: ", caras demo: \(enrolled.description(.es))", en: ", demo faces: \(enrolled.description(.en))")
            photosRefused = !enrolled.refused.isEmpty || !enrolled.missingPhotos.isEmpty
        }
        try await refreshGallery()
        let count = gallery.gallery.templateCount
        let detail = Bilingual(es: report.summary(in: .es) + demoFaces.es + ", galería: \(count) plantillas",
                               en: report.summary(in: .en) + demoFaces.en + ", gallery: \(count) templates")
        if photosRefused {
            return .degraded(detail, fix: Bilingual(es: "ejecute scripts/bootstrap; los demás empleados fichan con normalidad",
                                                    en: "run scripts/bootstrap; everyone else checks in as usual"))
        }
        return .ok(detail)
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
            return .degraded(Bilingual(es: error.spanish, en: error.english),
                             fix: Bilingual(es: "fichaje solo con código y PIN (F4) hasta que haya cámara",
                                            en: "check-in by code and PIN only (F4) until a camera is available"))
        }
        let first = await DedicatedThread.run(name: "camera-first-frame") { source.waitForFrame(newerThan: 0, timeout: .seconds(3)) }
        parts.withLock { $0.source = source }
        guard let first else {
            return .degraded(Bilingual(es: "\(source.name): sin imagen en 3 s (\(source.status.spanish))",
                                       en: "\(source.name): no frame within 3 s (\(source.status.english))"),
                             fix: Bilingual(es: "revise la cámara con `kiosk diagnose`", en: "check the camera with `kiosk diagnose`"))
        }
        return .ok(Bilingual(es: "\(source.name) \(first.width)×\(first.height) a \(c.fps) fps",
                             en: "\(source.name) \(first.width)×\(first.height) at \(c.fps) fps"))
    }

    /// Rebuilds the gallery from the store's templates (after seeds, an enrolment, a roster change).
    func refreshGallery() async throws {
        guard let store = services?.store else { return }
        let templates = try await store.loadActiveTemplates().compactMap { stored -> FaceTemplate? in
            guard stored.vector.count == Embedding.length else { return nil }
            return FaceTemplate(employeeCode: stored.employee.rawValue, embedding: Embedding(values: stored.vector))
        }
        gallery.replace(with: Gallery(templates: templates))
    }

    /// The roster pulled from the server changed templates: recognition matches against the new gallery at once.
    func rosterChanged() async throws {
        try await refreshGallery()
        changed()
    }

    /// Starts the recognition threads when both the models and the camera are up.
    func startRecognition() {
        let (engine, source, shapes) = parts.withLock { ($0.engine, $0.source, $0.shapes) }
        guard let engine, let source else { return }
        let r = configuration.recognition
        var liveness: LivenessWatch?
        if let shapes, let settings = configuration.liveness.settings { liveness = LivenessWatch(shapes: shapes, settings: settings) }
        let loop = RecognitionLoop(
            source: source, models: engine.finding, gallery: gallery,
            settings: DetectionSettings(minFacePixels: r.minFacePx, upsample: r.upsample),
            policy: MatchPolicy(threshold: Float(r.threshold), margin: Float(r.margin)),
            workers: r.workers, liveness: liveness
        ) { [weak self] result in self?.handle(result) }
        parts.withLock { $0.recognition = loop }
        loop.start { [weak self] error in self?.logger.error("recognition worker failed: \(error)") }
    }
}
