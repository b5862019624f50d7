import Attendance
import Foundation

extension KioskRuntime {
    /// A worker's result: move the face box, feed the confirmation window, and punch when it confirms.
    ///
    /// While a short-stay question waits, the person asked is not punched again; someone else confirmed in
    /// front of the camera (another employee, or a face nobody knows) cancels the question first.
    func handle(_ result: RecognitionResult) {
        let now = clock()
        if feedBadgeFaceCheck(result, now: now) {
            state.withLock {
                $0.faceBox = result.box
                $0.lastVerdict = result.verdict
                $0.lastVerdictAt = now
            }
            changed()
            return
        }
        // A door that checks in by badge or PIN only still shows the face box, but the camera decides nothing.
        let faceAllowed = configuration.checkin.allowedMethods.contains(.face)
        let (outcome, cancelled) = state.withLock { state -> (ConfirmationWindow.Outcome?, ShortStayQuestion?) in
            state.faceBox = result.box
            state.lastVerdict = result.verdict
            state.lastVerdictAt = now
            guard faceAllowed else { return (nil, nil) }
            let outcome = state.confirmation.add(result.verdict)
            if outcome == .unknown {
                // Someone else at the door: the last person's week and staff screen are no longer offered.
                state.weekOffer = nil
                state.staffOffer = nil
            }
            guard let question = state.shortStay else { return (outcome, nil) }
            guard let outcome, question.isCancelled(by: outcome) else { return (nil, nil) }
            state.shortStay = nil
            return (outcome, question)
        }
        changed()
        if let cancelled {
            logger.info("question cancelled: another face", metadata: ["asked": "\(cancelled.code)"])
        }
        switch outcome {
        case .employee(let code, let distance)?:
            Task { await punch(EmployeeCode(code), method: .face, matchDistance: distance) }
        case .unknown?:
            let detail = cancelled.map { question in
                text("otra persona delante de la cámara: salida de \(question.firstName) no registrada",
                     "someone else at the camera: \(question.firstName)'s exit not recorded")
            }
            show(CheckInMessage(
                text: text("No reconocido", "Not recognised"),
                detail: detail ?? text("Acérquese y mire a la cámara, o pulse F4 para fichar con código y PIN",
                                       "Step closer and look at the camera, or press F4 to check in with code and PIN"),
                tone: .failure, shownAt: now))
        case nil:
            break
        }
    }

    func show(_ message: CheckInMessage) {
        state.withLock { $0.message = message }
        changed()
    }
}
