import Attendance
import BlockingWork
import FaceEngine
import Foundation
import Vocabulary

extension KioskRuntime {
    /// Does what the liveness gate decided for a confirmed face.
    func act(on action: LivenessGate.Action) {
        switch action {
        case .punch(let code, let distance, let evidence, let margin):
            if let evidence {
                logger.info("liveness: live", metadata: ["employee": "\(code)", "evidence": "\(Self.describe(evidence))"])
            }
            let flags = remarks.remarks(runnerUpMargin: margin).union(remarks.remarks(liveness: evidence))
            Task { await punch(EmployeeCode(code), method: .face, matchDistance: distance, flags: flags) }
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

    /// The evidence in one line, for the log and the technician.
    static func describe(_ evidence: LivenessEvidence) -> String {
        let blink = evidence.blinkAt.map { String(format: "%.2f s", $0) } ?? "-"
        let motion = evidence.nonRigidAt.map { String(format: "%.2f s", $0) } ?? "-"
        return String(format: "frames=%d eyeRatio=%.2f→%.2f (%.0f%%) blinkAt=%@ nonRigid=%.3f nonRigidAt=%@ landmarks=%.0fms",
                      evidence.frames, evidence.openEyeRatio, evidence.lowestEyeRatio, evidence.eyeRatioDrop * 100,
                      blink, evidence.nonRigidResidual, motion, evidence.landmarkSeconds * 1000)
    }
}
