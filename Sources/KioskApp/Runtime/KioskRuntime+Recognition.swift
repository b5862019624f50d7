import Attendance
import Foundation

extension KioskRuntime {
    /// A worker's result: move the face box, feed the confirmation window, and punch when it confirms.
    func handle(_ result: RecognitionResult) {
        let outcome = state.withLock { state -> ConfirmationWindow.Outcome? in
            state.faceBox = result.box
            state.lastVerdict = result.verdict
            // While a short-stay question waits for an answer nobody else is punched.
            guard state.shortStay == nil else { return nil }
            return state.confirmation.add(result.verdict)
        }
        changed()
        switch outcome {
        case .employee(let code, let distance)?:
            Task { await punch(EmployeeCode(code), method: .face, matchDistance: distance) }
        case .unknown?:
            show(CheckInMessage(
                text: text("No reconocido", "Not recognised"),
                detail: text("Acérquese y mire a la cámara, o pulse F4 para fichar con código y PIN",
                             "Step closer and look at the camera, or press F4 to check in with code and PIN"),
                tone: .failure))
        case nil:
            break
        }
    }

    func show(_ message: CheckInMessage) {
        state.withLock { $0.message = message }
        changed()
    }
}
