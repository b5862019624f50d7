public import Attendance
import Foundation
import Vocabulary

/// What Enter on a waiting question did.
public enum QuestionAnswer: Hashable, Sendable {
    /// No question was waiting (it expired or was cancelled meanwhile).
    case noQuestion
    /// The person asked answered: the exit was recorded.
    case recorded
    /// The face in front of the camera is not the person asked: only their PIN answers now.
    case needsPIN(EmployeeCode)
}

extension CheckInService {
    /// Enter on the short-stay question: records the exit when the asked person's face is in front of the
    /// camera now; otherwise asks for their PIN (``answerShortStayWithPIN(code:)`` after it is verified).
    func confirmShortStay() async -> QuestionAnswer {
        let now = clock()
        let found = door.state.withLock { state -> (ShortStayQuestion, Bool)? in
            guard let question = state.shortStay, !question.hasExpired(at: now) else { return nil }
            let byFace = question.isAnsweredByFace(lastVerdict: state.lastVerdict, at: state.lastVerdictAt, now: now)
            if byFace {
                state.shortStay = nil
                state.confirmation.handled(question.code.rawValue)
            }
            return (question, byFace)
        }
        guard let (question, byFace) = found else { return .noQuestion }
        guard byFace else { return .needsPIN(question.code) }
        logger.info("question answered: face", metadata: ["employee": "\(question.code)"])
        await punch(question.code, method: question.method, matchDistance: question.matchDistance, flags: question.flags,
                    confirmedShortStay: true)
        return .recorded
    }

    /// The asked person's PIN was verified: records the exit, if the question for `code` still waits.
    @discardableResult
    func answerShortStayWithPIN(code: EmployeeCode) async -> QuestionAnswer {
        let now = clock()
        let question = door.state.withLock { state -> ShortStayQuestion? in
            guard let question = state.shortStay, question.code == code, !question.hasExpired(at: now) else { return nil }
            state.shortStay = nil
            state.confirmation.handled(question.code.rawValue)
            return question
        }
        guard let question else {
            show(CheckInMessage(text: Bilingual(es: "La pregunta ya no está en pantalla: nada registrado",
                                                en: "The question is no longer on screen: nothing recorded").text(language),
                                detail: Bilingual(es: "vuelva a mirar a la cámara o fiche con F4",
                                                  en: "look at the camera again or check in with F4").text(language),
                                tone: .attention, shownAt: now))
            return .noQuestion
        }
        logger.info("question answered: PIN", metadata: ["employee": "\(question.code)"])
        // Answered by PIN, so the exit is a PIN punch whatever asked the question.
        await punch(question.code, method: .pin, confirmedShortStay: true)
        return .recorded
    }

    /// Esc on the short-stay question: nothing is recorded (anyone may dismiss it; it records nothing).
    func declineShortStay() {
        let now = clock()
        let declined = door.state.withLock { state -> Bool in
            guard let question = state.shortStay else { return false }
            state.shortStay = nil
            state.confirmation.handled(question.code.rawValue)
            return true
        }
        guard declined else { return }
        show(CheckInMessage(text: Bilingual(es: "Salida no registrada: sigue dentro",
                                            en: "Exit not recorded: still checked in").text(language), tone: .attention, shownAt: now))
    }

    /// Ends a question that has waited its `[checkin] confirm_seconds` (called on the UI's tick), and a
    /// badge still waiting for its face: nothing is recorded, and the screen says so.
    func expireQuestion() {
        let now = clock()
        expireBadgeFaceCheck(now: now)
        let expired = door.state.withLock { state -> ShortStayQuestion? in
            guard let question = state.shortStay, question.hasExpired(at: now) else { return nil }
            state.shortStay = nil
            return question
        }
        guard let expired else { return }
        logger.info("question expired", metadata: ["employee": "\(expired.code)", "seconds": "\(configuration.checkin.confirmSeconds)"])
        show(CheckInMessage(text: Bilingual(es: "Pregunta caducada: salida de \(expired.firstName) no registrada",
                                            en: "Question expired: \(expired.firstName)'s exit not recorded").text(language),
                            detail: Bilingual(es: "para salir, vuelva a mirar a la cámara o fiche con F4",
                                              en: "to check out, look at the camera again or use F4").text(language),
                            tone: .attention, shownAt: now))
    }
}
