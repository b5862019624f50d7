import Attendance
import BlockingWork
import Camera
import FaceEngine
import Foundation
import Vocabulary

extension KioskRuntime {
    /// Does what the liveness gate decided for a confirmed face; a punch logs how long the greeting took from
    /// the face appearing (`visit`).
    func act(on action: LivenessGate.Action, visit: FaceVisit) {
        switch action {
        case .punch(let code, let distance, let evidence, let margin):
            if let evidence {
                logger.info("liveness: live", metadata: ["employee": "\(code)", "evidence": "\(Self.describe(evidence))"])
            }
            let flags = remarks.remarks(runnerUpMargin: margin).union(remarks.remarks(liveness: evidence))
            Task {
                let message = await punch(EmployeeCode(code), method: .face, matchDistance: distance, flags: flags)
                logGreeting(message, code: code, visit: visit)
            }
        case .guide:
            show(CheckInMessage(
                text: Bilingual(es: "Parpadee, por favor", en: "Please blink").text(language),
                detail: Bilingual(es: "mire a la cámara: se comprueba que es usted en persona",
                                  en: "look at the camera: the kiosk checks that you are here in person").text(language),
                tone: .attention))
        case .refuse(let code, let evidence):
            logger.notice("liveness: refused, no punch", metadata: ["employee": "\(code)", "evidence": "\(Self.describe(evidence))"])
            show(CheckInMessage(
                text: Bilingual(es: "NO fichado: sin parpadeo", en: "NOT punched: no blink").text(language),
                detail: Bilingual(es: "Retírese y vuelva a mirar a la cámara parpadeando, o pulse F4 para fichar con código y PIN",
                                  en: "Step away and look at the camera again, blinking, or press F4 to check in with code and PIN").text(language),
                tone: .failure))
        case .none:
            break
        }
    }

    /// The greeting's timing, from the capture of the first frame in which the face was found to the punch
    /// committed and its message on the screen (README, "Greeting time").
    private func logGreeting(_ message: CheckInMessage, code: String, visit: FaceVisit) {
        let now = LivenessWatch.seconds(MonotonicCaptureClock().now())
        guard let times = visit.greetingTimes(now: now) else { return }
        logger.info("greeted", metadata: [
            "employee": "\(code)", "tone": "\(message.tone)",
            "afterFaceMs": "\(Int((times.afterFace * 1000).rounded()))",
            "recognisedAfterMs": "\(Int((times.recognisedAfter * 1000).rounded()))",
        ])
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
