public import Attendance
import BlockingWork
import FaceEngine
import Foundation

extension KioskRuntime {
    /// The technician's "reopen the camera": recognition stops, the camera closes and opens again as at
    /// start-up (its line on the start-up panel shows the new outcome), and recognition starts again.
    ///
    /// - Returns: what happened, in words.
    public func reopenCamera(by technician: EmployeeCode) async -> Bilingual {
        let (old, recognition) = parts.withLock { parts in
            defer { parts.source = nil; parts.recognition = nil }
            return (parts.source, parts.recognition)
        }
        // Joining the recognition and capture threads blocks: on a dedicated thread.
        await DedicatedThread.run(name: "camera-close") {
            recognition?.stop()
            old?.stop()
        }
        door.state.withLock {
            $0.faceBox = nil
            $0.confirmation.reset()
        }
        let started = Date()
        progress.begin(.camera, at: started)
        let outcome: PhaseOutcome
        do {
            outcome = try await openCamera(progress)
        } catch {
            outcome = .failed(Bilingual(es: "\(error)", en: "\(error)"), fix: Bilingual(es: "revise la cámara con `kiosk diagnose`", en: "check the camera with `kiosk diagnose`"))
        }
        progress.finish(.camera, outcome: outcome, elapsed: Date().timeIntervalSince(started))
        startRecognition()
        await audit(technician, "reopen camera", outcome.detail.en)
        logger.info("camera reopened by a technician", metadata: ["technician": "\(technician)", "outcome": "\(outcome.detail.en)"])
        changed()
        return outcome.detail
    }

    /// The technician's "reload the models": under the load-once guard a second load from disk never
    /// happens. When the models failed at start-up (files missing, since fixed) they are loaded now;
    /// when they are loaded, recognition restarts with fresh copies of the same networks.
    ///
    /// - Returns: what happened, in words.
    public func reloadModels(by technician: EmployeeCode) async -> Bilingual {
        let directory = configuration.recognition.modelsDir
        let wasLoaded = parts.withLock { $0.engine != nil }
        let loader = seams.models
        let started = Date()
        progress.begin(.modelLoad, at: started)
        let result: Bilingual
        let outcome: PhaseOutcome
        do {
            let engine = try await DedicatedThread.run(name: "model-load") {
                try loader.load(directory: directory, releasesDlibDescriptor: !wasLoaded)
            }
            let recognition = parts.withLock { parts in
                defer { parts.engine = engine; parts.recognition = nil }
                return parts.recognition
            }
            await DedicatedThread.run(name: "recognition-stop") { recognition?.stop() }
            try await refreshGallery()
            startRecognition()
            let running = parts.withLock { $0.recognition != nil }
            let what = wasLoaded
                ? Bilingual(es: "modelos ya cargados (una sola vez por proceso): reconocimiento reiniciado con copias nuevas",
                            en: "models already loaded (once per process): recognition restarted with fresh copies")
                : Bilingual(es: "modelos cargados y verificados: \(engine.detail.es)",
                            en: "models loaded and verified: \(engine.detail.en)")
            result = running ? what : Bilingual(es: what.es + "; sin cámara, el reconocimiento sigue parado",
                                                en: what.en + "; no camera, recognition stays stopped")
            outcome = .ok(result)
        } catch {
            outcome = Self.modelsFailed(error)
            result = outcome.detail
        }
        progress.finish(.modelLoad, outcome: outcome, elapsed: Date().timeIntervalSince(started))
        await audit(technician, "reload models", result.en)
        logger.info("models reloaded by a technician", metadata: ["technician": "\(technician)", "outcome": "\(result.en)"])
        changed()
        return result
    }

    private func audit(_ technician: EmployeeCode, _ action: String, _ detail: String) async {
        guard let store = services?.store else { return }
        _ = try? await store.appendAudit(actor: technician, action: action, detail: detail)
    }
}
