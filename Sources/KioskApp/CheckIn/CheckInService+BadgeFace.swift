import Attendance
import FaceEngine
import Foundation
import KioskStore
import Vocabulary

extension CheckInService {
    /// Two-factor: a badge was read; its owner's face must now match their own templates (1:1).
    func askForFace(code: EmployeeCode, store: KioskStore, answersQuestion: Bool, now: Date) async -> CheckInMessage {
        let employee = try? await store.employee(code)
        let name = employee?.name ?? code.rawValue
        let firstName = name.split(separator: " ").first.map(String.init) ?? name
        let templates = ((try? await store.loadActiveTemplates()) ?? [])
            .filter { $0.employee == code && $0.vector.count == Embedding.length }
            .map { Embedding(values: $0.vector) }
        guard !templates.isEmpty else {
            let message = CheckInMessage(
                text: Bilingual(es: "\(firstName) no tiene la cara inscrita: no registrado",
                                en: "\(firstName) has no face enrolled: not recorded").text(language),
                detail: Bilingual(es: "esta puerta pide tarjeta y cara; pida a un supervisor que inscriba su cara",
                                  en: "this door takes badge and face; ask a supervisor to enrol your face").text(language),
                tone: .failure, shownAt: now)
            show(message)
            return message
        }
        let r = configuration.recognition
        var check = BadgeFaceCheck(code: code, name: name, templates: templates, threshold: Float(r.threshold), required: r.confirmFrames,
                                   now: now, confirmSeconds: configuration.checkin.confirmSeconds)
        check.answersQuestion = answersQuestion
        door.state.withLock {
            $0.badgeFaceCheck = check
            $0.confirmation.handled(code.rawValue)
        }
        logger.info("badge read: waiting for the face", metadata: ["employee": "\(code)"])
        let message = CheckInMessage(text: Bilingual(es: "Tarjeta de \(firstName): mire a la cámara",
                                                     en: "\(firstName)'s badge: look at the camera").text(language),
                                     detail: Bilingual(es: "su cara se compara solo con la suya",
                                                       en: "your face is compared with yours only").text(language),
                                     tone: .attention, shownAt: now)
        show(message)
        return message
    }

    /// Feeds a recognition result to the waiting badge + face check; true when one was waiting (the frame
    /// then belongs to it, and nobody is punched by 1:N meanwhile).
    func feedBadgeFaceCheck(_ result: RecognitionResult, now: Date) -> Bool {
        let outcome = door.state.withLock { state -> (BadgeFaceCheck, BadgeFaceCheck.Decision)? in
            guard var check = state.badgeFaceCheck else { return nil }
            let decision = check.add(result.embedding)
            state.badgeFaceCheck = decision == .waiting ? check : nil
            return (check, decision)
        }
        guard let (check, decision) = outcome else { return false }
        let firstName = check.name.split(separator: " ").first.map(String.init) ?? check.name
        switch decision {
        case .waiting:
            break
        case .confirmed(let distance):
            logger.info("badge and face agree", metadata: ["employee": "\(check.code)", "distance": "\(String(format: "%.3f", distance))"])
            Task { await punch(check.code, method: .badge, matchDistance: distance, confirmedShortStay: check.answersQuestion) }
        case .refused(let distance):
            logger.warning("badge and face disagree", metadata: ["employee": "\(check.code)", "distance": "\(String(format: "%.3f", distance))"])
            show(CheckInMessage(text: Bilingual(es: "La cara no es la de la tarjeta de \(firstName): no registrado",
                                                en: "The face is not that of \(firstName)'s badge: not recorded").text(language),
                                detail: Bilingual(es: "la tarjeta es personal; fiche con la suya",
                                                  en: "a badge is personal; use your own").text(language),
                                tone: .failure, shownAt: now))
        }
        return true
    }

    /// Ends a badge whose face did not come within `[checkin] confirm_seconds`: nothing is recorded.
    func expireBadgeFaceCheck(now: Date) {
        let expired = door.state.withLock { state -> BadgeFaceCheck? in
            guard let check = state.badgeFaceCheck, check.hasExpired(at: now) else { return nil }
            state.badgeFaceCheck = nil
            return check
        }
        guard let expired else { return }
        let firstName = expired.name.split(separator: " ").first.map(String.init) ?? expired.name
        logger.info("badge expired without a face", metadata: ["employee": "\(expired.code)"])
        show(CheckInMessage(text: Bilingual(es: "Tarjeta de \(firstName) sin cara a tiempo: no registrado",
                                            en: "\(firstName)'s badge without a face in time: not recorded").text(language),
                            tone: .attention, shownAt: now))
    }
}
