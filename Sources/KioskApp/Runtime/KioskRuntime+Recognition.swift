import Attendance
import Foundation
import Vocabulary

extension KioskRuntime {
    /// A worker's result: move the face box, feed the confirmation window, and punch (through check-in)
    /// when it confirms.
    ///
    /// While a short-stay question waits, the person asked is not punched again; someone else confirmed in
    /// front of the camera (another employee, or a face nobody knows) cancels the question first.
    func handle(_ result: RecognitionResult) {
        let now = clock()
        if services?.checkIn.feedBadgeFaceCheck(result, now: now) == true {
            door.state.withLock {
                $0.faceBox = result.box
                $0.lastVerdict = result.verdict
                $0.lastVerdictAt = now
            }
            changed()
            return
        }
        // A door that checks in by badge or PIN only still shows the face box, but the camera decides nothing.
        let faceAllowed = configuration.checkin.allowedMethods.contains(.face)
        let (outcome, cancelled, action, visit) = door.state.withLock {
            state -> (ConfirmationWindow.Outcome?, ShortStayQuestion?, LivenessGate.Action, FaceVisit) in
            state.faceBox = result.box
            state.lastVerdict = result.verdict
            state.lastVerdictAt = now
            guard faceAllowed else { return (nil, nil, .none, state.visit) }
            let outcome = state.confirmation.add(result.verdict)
            let confirmed = if case .employee? = outcome { true } else { false }
            state.visit.add(frameTime: result.time, hasFace: result.verdict != .noFace, confirmed: confirmed)
            if outcome == .unknown {
                // Someone else at the door: the last person's week and staff screen are no longer offered.
                state.weekOffer = nil
                state.staffOffer = nil
            }
            var cancelled: ShortStayQuestion?
            if let question = state.shortStay {
                // The person asked is not punched again while their question waits; someone else confirmed in
                // front of the camera cancels it and goes on like anyone else.
                guard let outcome, question.isCancelled(by: outcome) else { return (nil, nil, .none, state.visit) }
                state.shortStay = nil
                cancelled = question
            }
            // The identity joins the liveness decision: punched now, or once live evidence comes.
            let action = state.liveness.step(confirmed: outcome, faceLeft: result.verdict == .noFace,
                                             time: result.time, evidence: result.liveness)
            return (outcome, cancelled, action, state.visit)
        }
        changed()
        if let cancelled {
            logger.info("question cancelled: another face", metadata: ["asked": "\(cancelled.code)"])
        }
        if case .unknown? = outcome {
            let detail = cancelled.map { question in
                Bilingual(es: "otra persona delante de la cámara: salida de \(question.firstName) no registrada",
                          en: "someone else at the camera: \(question.firstName)'s exit not recorded").text(language)
            }
            show(CheckInMessage(
                text: Bilingual(es: "No reconocido", en: "Not recognised").text(language),
                detail: detail ?? Bilingual(es: "Acérquese y mire a la cámara, o pulse F4 para fichar con código y PIN",
                                            en: "Step closer and look at the camera, or press F4 to check in with code and PIN").text(language),
                tone: .failure, shownAt: now))
        }
        act(on: action, visit: visit)
    }
}
