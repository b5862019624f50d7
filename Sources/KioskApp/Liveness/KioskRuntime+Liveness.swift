import Attendance
import Camera
import FaceEngine
import Foundation
import KioskConfig

extension KioskConfiguration.Liveness {
    /// The liveness settings, or nil with `mode = off`.
    var settings: LivenessSettings? { isOn ? LivenessSettings(windowSeconds: Double(windowSeconds)) : nil }
}

extension KioskRuntime {
    /// Does what the liveness gate decided for a confirmed face.
    func act(on action: LivenessGate.Action) {
        switch action {
        case .punch(let code, let distance, let evidence):
            if let evidence {
                logger.info("liveness: live", metadata: ["employee": "\(code)", "evidence": "\(Self.describe(evidence))"])
            }
            Task { await punch(EmployeeCode(code), method: .face, matchDistance: distance) }
        case .guide:
            show(CheckInMessage(
                text: text("Parpadee, por favor", "Please blink"),
                detail: text("mire a la cámara: se comprueba que es usted en persona",
                             "look at the camera: the kiosk checks that you are here in person"),
                tone: .attention))
        case .refuse(let code, let evidence):
            logger.notice("liveness: refused, no punch", metadata: ["employee": "\(code)", "evidence": "\(Self.describe(evidence))"])
            show(CheckInMessage(
                text: text("NO fichado: sin parpadeo", "NOT punched: no blink"),
                detail: text("Retírese y vuelva a mirar a la cámara parpadeando, o pulse F4 para fichar con código y PIN",
                             "Step away and look at the camera again, blinking, or press F4 to check in with code and PIN"),
                tone: .failure))
        case .none:
            break
        }
    }

    /// Loads the 68-point predictor when `[liveness] mode = on` (part of the model-load phase).
    func loadLivenessModel() async throws -> FaceShapeModel? {
        guard configuration.liveness.isOn else { return nil }
        let directory = configuration.recognition.modelsDir
        return try await DedicatedThread.run(name: "liveness-model-load") { try FaceShapeModel.load(directory: directory) }
    }

    /// The model-load phase's words on liveness.
    static func livenessNote(_ shapes: FaceShapeModel?) -> Bilingual {
        guard let shapes else { return Bilingual(es: "; prueba de vida desactivada", en: "; liveness off") }
        let seconds = String(format: "%.2f", shapes.loadSeconds)
        return Bilingual(es: "; prueba de vida: \(FaceShapeModel.fileName) ok, \(seconds) s",
                         en: "; liveness: \(FaceShapeModel.fileName) ok, \(seconds) s")
    }

    /// The evidence in one line, for the log and the technician.
    static func describe(_ evidence: LivenessEvidence) -> String {
        let blink = evidence.blinkAt.map { String(format: "%.2f s", $0) } ?? "-"
        let motion = evidence.nonRigidAt.map { String(format: "%.2f s", $0) } ?? "-"
        return String(format: "frames=%d eyeRatio=%.2f→%.2f (%.0f%%) blinkAt=%@ nonRigid=%.3f nonRigidAt=%@ landmarks=%.0fms",
                      evidence.frames, evidence.openEyeRatio, evidence.lowestEyeRatio, evidence.eyeRatioDrop * 100,
                      blink, evidence.nonRigidResidual, motion, evidence.landmarkSeconds * 1000)
    }
}

/// The technician's recognition test, liveness part: the face of the test followed over live frames for up
/// to the window, as the door would, and the evidence and decision shown.
enum LivenessTest {
    /// Follows the largest face of the frames after `first` for the window, on the calling (dedicated) thread.
    static func lines(
        source: any FrameSource, first: Frame, recognizer: FaceRecognizer, shapes: FaceShapeModel?,
        settings: LivenessSettings?, detection: DetectionSettings
    ) -> [Bilingual] {
        guard let shapes, let settings else {
            return [Bilingual(es: "prueba de vida: desactivada ([liveness] mode = off)", en: "liveness: off ([liveness] mode = off)")]
        }
        var tracker = LivenessTracker(settings: settings)
        var frame = first
        let start = LivenessWatch.seconds(first.timestamp)
        var decision = LivenessDecision.deciding(LivenessEvidence())
        while true {
            let time = LivenessWatch.seconds(frame.timestamp)
            let measured: (shape: FaceShape, seconds: Double)? = try? frame.pixels.withUnsafeBytes { bytes in
                let view = RGBImageView(bytes: bytes, width: frame.width, height: frame.height, bytesPerRow: frame.stride)
                guard let box = try recognizer.detectFaces(in: view, settings: detection).first else { return nil }
                let watch = ContinuousClock.now
                let shape = try shapes.shape(in: view, box: box)
                return (shape, LivenessWatch.seconds(ContinuousClock.now - watch))
            }
            if let measured { tracker.add(measured.shape, at: time, landmarkSeconds: measured.seconds) }
            // The test has no identity window of its own: the first frame stands for the confirmation.
            decision = LivenessDecision(evidence: tracker.evidence, elapsedSinceConfirmation: time - start, settings: settings)
            guard case .deciding = decision, let next = source.waitForFrame(newerThan: frame.sequence, timeout: .seconds(1)) else { break }
            frame = next
        }
        let evidence = KioskRuntime.describe(decision.evidence)
        let verdict: Bilingual = switch decision {
        case .live: Bilingual(es: "prueba de vida: viva — se ficharía", en: "liveness: live — would be punched")
        case .refused: Bilingual(es: "prueba de vida: rechazada en \(Int(settings.windowSeconds)) s — no se ficharía",
                                 en: "liveness: refused after \(Int(settings.windowSeconds)) s — would not be punched")
        case .deciding: Bilingual(es: "prueba de vida: sin decidir (la cámara dejó de dar imágenes)",
                                  en: "liveness: undecided (the camera stopped giving frames)")
        }
        return [Bilingual(es: "prueba de vida: \(evidence)", en: "liveness: \(evidence)"), verdict]
    }
}
