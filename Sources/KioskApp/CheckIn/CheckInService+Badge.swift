import Attendance
import Foundation
import KioskStore
import Vocabulary

extension CheckInService {
    /// A badge read at the check-in screen: punches its owner with method `badge`. The badge answers the
    /// short-stay question asked of its owner (it is their credential); anyone else's badge cancels it.
    @discardableResult
    func punchWithBadge(_ number: String) async -> CheckInMessage? {
        guard configuration.checkin.allowedMethods.contains(.badge) else { return nil }
        let now = clock()
        guard let code = try? await store.employeeCode(forBadge: number) else {
            let message = CheckInMessage(
                text: Bilingual(es: "Tarjeta no reconocida", en: "Badge not recognised").text(language),
                detail: Bilingual(es: "pida a un supervisor que la registre (kiosk badge set), o fiche con F4",
                                  en: "ask a supervisor to register it (kiosk badge set), or check in with F4").text(language),
                tone: .failure, shownAt: now)
            logger.info("badge not recognised")
            show(message)
            return message
        }
        let question = door.state.withLock { state -> ShortStayQuestion? in
            defer {
                state.shortStay = nil
                state.confirmation.handled(code.rawValue)
            }
            return state.shortStay
        }
        if configuration.checkin.badgeFace {
            let answers = question.map { $0.code == code && !$0.hasExpired(at: now) } ?? false
            return await askForFace(code: code, store: store, answersQuestion: answers, now: now)
        }
        if let question, question.code == code, !question.hasExpired(at: now) {
            logger.info("question answered: badge", metadata: ["employee": "\(code)"])
            return await punch(code, method: .badge, confirmedShortStay: true)
        }
        if let question {
            logger.info("question cancelled: another badge", metadata: ["asked": "\(question.code)"])
        }
        return await punch(code, method: .badge)
    }
}
