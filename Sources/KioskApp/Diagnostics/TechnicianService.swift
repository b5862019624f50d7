import Attendance
import BlockingWork
import FaceEngine
import Foundation
import KioskStore
import Vocabulary

/// What technicians do at the kiosk behind their own PIN that touches the devices: reopen the camera, reload
/// the models, test recognition on the live frame, acknowledge alarms — each audited with who. Built once the
/// database is open (a technician signs in through it).
final class TechnicianService: DoorService, Sendable {
    let door: DoorContext
    let store: KioskStore
    let devices: DoorDevices
    /// The start-up panel, whose camera and model lines a reopen and a reload update.
    let progress: StartupProgress

    init(door: DoorContext, store: KioskStore, devices: DoorDevices, progress: StartupProgress) {
        self.door = door
        self.store = store
        self.devices = devices
        self.progress = progress
    }
}

extension TechnicianService {
    /// The technician's "reopen the camera": recognition stops, the camera closes and opens again as at
    /// start-up (its line on the start-up panel shows the new outcome), and recognition starts again.
    ///
    /// - Returns: what happened, in words.
    func reopenCamera(by technician: EmployeeCode) async -> Bilingual {
        await devices.stop()
        door.state.withLock {
            $0.faceBox = nil
            $0.confirmation.reset()
        }
        let started = Date()
        progress.begin(.camera, at: started)
        let outcome = await devices.openCamera(progress)
        progress.finish(.camera, outcome: outcome, elapsed: Date().timeIntervalSince(started))
        devices.startRecognition()
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
    func reloadModels(by technician: EmployeeCode) async -> Bilingual {
        let directory = configuration.recognition.modelsDir
        let wasLoaded = devices.parts.withLock { $0.engine != nil }
        let loader = devices.seams.models
        let started = Date()
        progress.begin(.modelLoad, at: started)
        let result: Bilingual
        let outcome: PhaseOutcome
        do {
            let engine = try await DedicatedThread.run(name: "model-load") {
                try loader.load(directory: directory, releasesDlibDescriptor: !wasLoaded)
            }
            let recognition = devices.parts.withLock { parts in
                defer { parts.engine = engine; parts.recognition = nil }
                return parts.recognition
            }
            await DedicatedThread.run(name: "recognition-stop") { recognition?.stop() }
            try await door.reloadGallery(from: store)
            devices.startRecognition()
            let running = devices.isRecognising
            let what = wasLoaded
                ? Bilingual(es: "modelos ya cargados (una sola vez por proceso): reconocimiento reiniciado con copias nuevas",
                            en: "models already loaded (once per process): recognition restarted with fresh copies")
                : Bilingual(es: "modelos cargados y verificados: \(engine.detail.es)",
                            en: "models loaded and verified: \(engine.detail.en)")
            result = running ? what : Bilingual(es: what.es + "; sin cámara, el reconocimiento sigue parado",
                                                en: what.en + "; no camera, recognition stays stopped")
            outcome = .ok(result)
        } catch {
            outcome = DoorDevices.modelsFailed(error)
            result = outcome.detail
        }
        progress.finish(.modelLoad, outcome: outcome, elapsed: Date().timeIntervalSince(started))
        await audit(technician, "reload models", result.en)
        logger.info("models reloaded by a technician", metadata: ["technician": "\(technician)", "outcome": "\(result.en)"])
        changed()
        return result
    }

    private func audit(_ technician: EmployeeCode, _ action: String, _ detail: String) async {
        _ = try? await store.appendAudit(actor: technician, action: action, detail: detail)
    }

    /// The technician's recognition test on the live frame: the best and runner-up candidates.
    func testRecognition() async -> [Bilingual] {
        let (models, source, shapes) = devices.parts.withLock { ($0.engine?.dlib, $0.source, $0.shapes) }
        guard let models, let source, let frame = source.latest() else {
            return [Bilingual(es: "sin cámara o sin modelos", en: "no camera or no models")]
        }
        let r = configuration.recognition
        let livenessSettings = configuration.liveness.settings
        let settings = DetectionSettings(minFacePixels: r.minFacePx, upsample: r.upsample)
        let gallery = door.gallery.gallery
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
            return [Bilingual(es: "fallo: \(ScreenFailure(error).sentence(in: .es))", en: "failed: \(ScreenFailure(error).sentence(in: .en))")]
        }
    }

    /// Acknowledges every open alarm, audited with who.
    /// - Returns: how many were acknowledged.
    func acknowledgeAlarms(by technician: EmployeeCode) async throws -> Int {
        var count = 0
        for alarm in try await store.openAlarms() where try await store.acknowledgeAlarm(id: alarm.id, by: technician) {
            count += 1
        }
        return count
    }
}
