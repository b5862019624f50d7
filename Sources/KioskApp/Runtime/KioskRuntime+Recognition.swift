import Attendance
import Foundation

extension KioskRuntime {
    /// A worker's result: move the face box, feed the confirmation window, and punch when it confirms.
    func handle(_ result: RecognitionResult) {
        let (outcome, action) = state.withLock { state -> (ConfirmationWindow.Outcome?, LivenessGate.Action) in
            state.faceBox = result.box
            state.lastVerdict = result.verdict
            // While a short-stay question waits for an answer nobody else is punched.
            guard state.shortStay == nil else { return (nil, .none) }
            let outcome = state.confirmation.add(result.verdict)
            // The identity joins the liveness decision: punched now, or once live evidence comes.
            return (outcome, state.liveness.step(confirmed: outcome, faceLeft: result.verdict == .noFace,
                                                 time: result.time, evidence: result.liveness))
        }
        changed()
        if case .unknown? = outcome {
            show(CheckInMessage(
                text: text("No reconocido", "Not recognised"),
                detail: text("Acérquese y mire a la cámara, o pulse F4 para fichar con código y PIN",
                             "Step closer and look at the camera, or press F4 to check in with code and PIN"),
                tone: .failure))
        }
        act(on: action)
    }

    func show(_ message: CheckInMessage) {
        state.withLock { $0.message = message }
        changed()
    }
}
