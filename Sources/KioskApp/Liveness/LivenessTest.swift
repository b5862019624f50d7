import Camera
import FaceEngine
import Vocabulary

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
        // The window starts at the newest frame: making the recognizer took a moment after `first`.
        var frame = source.latest() ?? first
        let start = LivenessWatch.seconds(frame.timestamp)
        var decision = LivenessDecision.deciding(LivenessEvidence())
        while true {
            let time = LivenessWatch.seconds(frame.timestamp)
            let measured: (shape: FaceShape, seconds: Double)? = try? frame.image.withView { view in
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
