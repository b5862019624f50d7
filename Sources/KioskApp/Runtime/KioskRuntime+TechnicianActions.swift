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
        let outcome = await openCamera(progress)
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

    /// The technician's recognition test on the live frame: the best and runner-up candidates.
    public func testRecognition() async -> [Bilingual] {
        let (models, source, shapes) = parts.withLock { ($0.engine?.dlib, $0.source, $0.shapes) }
        guard let models, let source, let frame = source.latest() else {
            return [Bilingual(es: "sin cámara o sin modelos", en: "no camera or no models")]
        }
        let r = configuration.recognition
        let livenessSettings = configuration.liveness.settings
        let settings = DetectionSettings(minFacePixels: r.minFacePx, upsample: r.upsample)
        let gallery = self.gallery.gallery
        let policy = MatchPolicy(threshold: Float(r.threshold), margin: Float(r.margin))
        do {
            return try await DedicatedThread.run(name: "recognition-test") { () throws -> [Bilingual] in
                let recognizer = try models.makeRecognizer()
                guard let face = try RecognitionLoop.recognise(frame, with: recognizer, settings: settings) else {
                    return [Bilingual(es: "ninguna cara de al menos \(r.minFacePx) px en la imagen", en: "no face of at least \(r.minFacePx) px in the frame")]
                }
                var lines = [Bilingual(es: "cara \(face.box.width)×\(face.box.height) px, \(String(format: "%.0f", face.totalSeconds * 1000)) ms",
                                       en: "face \(face.box.width)×\(face.box.height) px, \(String(format: "%.0f", face.totalSeconds * 1000)) ms")]
                guard let match = gallery.nearest(to: face.embedding) else {
                    return lines + [Bilingual(es: "galería vacía", en: "empty gallery")]
                }
                lines.append(Bilingual(es: "1. \(match.employeeCode) distancia \(String(format: "%.3f", match.distance))",
                                       en: "1. \(match.employeeCode) distance \(String(format: "%.3f", match.distance))"))
                if let runner = match.runnerUpCode, let d = match.runnerUpDistance {
                    lines.append(Bilingual(es: "2. \(runner) distancia \(String(format: "%.3f", d)), margen \(String(format: "%.3f", d - match.distance))",
                                           en: "2. \(runner) distance \(String(format: "%.3f", d)), margin \(String(format: "%.3f", d - match.distance))"))
                }
                let decision: Bilingual = switch policy.decide(match) {
                case .accepted(let code, _): Bilingual(es: "decisión: \(code)", en: "decision: \(code)")
                default: Bilingual(es: "decisión: no reconocido (umbral \(r.threshold), margen \(r.margin))", en: "decision: unknown (threshold \(r.threshold), margin \(r.margin))")
                }
                return lines + [decision] + LivenessTest.lines(source: source, first: frame, recognizer: recognizer, shapes: shapes,
                                                               settings: livenessSettings, detection: settings)
            }
        } catch {
            return [Bilingual(es: "fallo: \(error)", en: "failed: \(error)")]
        }
    }
}
