import Attendance
import BlockingWork
import Camera
import FaceEngine
import Foundation
import KioskStore
import Logging
import Vocabulary

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
        sequence.on(.modelLoad) { [devices] progress in await devices.loadModels(progress) }
        // malloc_trim walks and returns every free page: blocking work, on a dedicated thread.
        sequence.on(.memoryCleanup) { _ in await DedicatedThread.run(name: "memory-cleanup") { Self.cleanMemory() } }
        sequence.on(.seeds) { [self] progress in try await seed(progress) }
        sequence.on(.camera) { [devices] progress in await devices.openCamera(progress) }
        sequence.on(.sync) { [self] _ in await startSync() }
        await sequence.run(progress: progress)
        devices.startRecognition()
        await services?.checkIn.refreshQueuedCount()
        door.state.withLock { $0.startupFinished = true }
        changed()
        // Again once start-up is over: the seeds (demo photos enrolled at photo settings), the schema check and
        // the camera's negotiation ran after the panel's cleanup, and their heap and code pages are not needed
        // again (a still door with liveness on: 113.6 -> 96.1 MB at 30 s).
        let cleanup = await DedicatedThread.run(name: "memory-cleanup") { MemoryCleanup.run() }
        Self.log(cleanup, as: "memory after start-up", to: logger)
        // And once more after the door's first minute: its first frames, results, screen updates and punch run
        // code once (type metadata, the time zone's tables, the database's first writes) that a running door
        // does not run again, and its pages would stay mapped (the demo replay, liveness on: 100.9 MB at 30 s,
        // 95.7-96.6 MB after). Then every ten minutes: what runs rarely (a punch, a sync round, a screen change)
        // maps its code back in whole blocks; without this a busy door rose 2 MB in half an hour, with it the
        // door's build held 90.1-97.5 MB for an hour.
        let running = Task { [logger] in
            var wait = Duration.seconds(60)
            var message: Logger.Message = "memory after the first minute"
            while (try? await Task.sleep(for: wait)) != nil {
                let cleanup = await DedicatedThread.run(name: "memory-cleanup") { MemoryCleanup.run() }
                Self.log(cleanup, as: message, to: logger)
                wait = .seconds(600)
                message = "memory after the periodic cleanup"
            }
        }
        runningCleanup.withLock { $0 = running }
    }

    private static func log(_ cleanup: MemoryCleanup, as message: Logger.Message, to logger: Logger) {
        logger.info(message, metadata: [
            "rssBeforeMB": "\(cleanup.before.map { $0.residentBytes / 1_048_576 } ?? 0)",
            "rssAfterMB": "\(cleanup.after.map { $0.residentBytes / 1_048_576 } ?? 0)",
        ])
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
        if configuration.kiosk.demo, let models = devices.dlibModels {
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

    /// Rebuilds the gallery from the store's templates (after seeds, an enrolment, a roster change).
    func refreshGallery() async throws {
        guard let store = services?.store else { return }
        try await door.reloadGallery(from: store)
    }

    /// The roster pulled from the server changed templates: recognition matches against the new gallery at once.
    func rosterChanged() async throws {
        try await refreshGallery()
        changed()
    }
}
