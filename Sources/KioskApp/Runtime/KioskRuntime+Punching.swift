public import Attendance
import Foundation
import KioskStore

extension KioskRuntime {
    /// Records a punch for an identified person and shows the result. The punch is committed (on disk)
    /// before the greeting appears.
    ///
    /// - Returns: the message shown.
    @discardableResult
    public func punch(
        _ code: EmployeeCode, method: PunchMethod, matchDistance: Double? = nil, confirmedShortStay: Bool = false
    ) async -> CheckInMessage {
        guard let store = parts.withLock({ $0.store }) else {
            let message = CheckInMessage(text: text("No se puede fichar", "Cannot check in"),
                                         detail: text("la base de datos no está disponible: avise al técnico",
                                                      "the database is not available: call the technician"),
                                         tone: .failure)
            show(message)
            return message
        }
        let message: CheckInMessage
        do {
            let outcome = try await store.punch(code, method: method, matchDistance: matchDistance,
                                                confirmedShortStay: confirmedShortStay, remarks: remarks(matchDistance: matchDistance))
            let firstName = outcome.employee.name.split(separator: " ").first.map(String.init) ?? outcome.employee.name
            let said = PunchMessage(decision: outcome.decision, name: firstName, language: language, timeZone: timeZone).text
            switch outcome.decision {
            case .record(let draft):
                message = CheckInMessage(text: said, tone: .success)
                state.withLock {
                    $0.recent.insert(RecentPunch(name: outcome.employee.name, kind: draft.kind, method: method, instant: draft.instant), at: 0)
                    if $0.recent.count > KioskState.recentLimit { $0.recent.removeLast() }
                    $0.queuedPunches += 1
                }
                logger.info("punch recorded", metadata: ["employee": "\(code)", "kind": "\(draft.kind.rawValue)", "method": "\(method.rawValue)"])
            case .alreadyRecorded:
                message = CheckInMessage(text: said, tone: .attention)
            case .confirmShortStay(_, let minutes):
                state.withLock {
                    $0.shortStay = ShortStayQuestion(code: code, name: outcome.employee.name, minutesSinceEntry: minutes,
                                                     method: method, matchDistance: matchDistance)
                }
                message = CheckInMessage(
                    text: said,
                    detail: text("Enter = registrar la salida · Esc = no, sigo trabajando", "Enter = record the exit · Esc = no, still working"),
                    tone: .attention)
            }
        } catch let error as StoreError {
            message = CheckInMessage(text: text("Fichaje NO registrado", "Punch NOT recorded"), detail: error.message(in: language), tone: .failure)
            logger.error("punch refused", metadata: ["employee": "\(code)", "error": "\(error.code)"])
        } catch {
            message = CheckInMessage(text: text("Fichaje NO registrado", "Punch NOT recorded"), detail: "\(error)", tone: .failure)
            logger.error("punch failed", metadata: ["employee": "\(code)", "error": "\(error)"])
        }
        show(message)
        return message
    }

    /// Answers the short-stay question: `true` records the exit, `false` leaves the entry open.
    public func answerShortStay(confirm: Bool) async {
        guard let question = state.withLock({ q -> ShortStayQuestion? in
            defer { q.shortStay = nil; q.confirmation.reset() }
            return q.shortStay
        }) else { return }
        if confirm {
            await punch(question.code, method: question.method, matchDistance: question.matchDistance, confirmedShortStay: true)
        } else {
            show(CheckInMessage(text: text("Salida no registrada: sigue dentro", "Exit not recorded: still checked in"), tone: .attention))
        }
    }

    /// The PIN fallback: employee code + personal PIN, verified off the UI thread (the KDF takes ~0.2 s).
    @discardableResult
    public func punchWithPIN(code: EmployeeCode, pin: String) async -> CheckInMessage {
        switch await verifyPIN(code: code, pin: pin) {
        case .success:
            return await punch(code, method: .pin)
        case .failure(let failure):
            show(failure.message)
            return failure.message
        }
    }

    /// Verifies a person's PIN; the failure is the message to show (wrong, locked, no PIN set…).
    public func verifyPIN(code: EmployeeCode, pin: String) async -> Result<Void, CheckInMessageFailure> {
        guard let store = parts.withLock({ $0.store }) else {
            return .failure(CheckInMessageFailure(CheckInMessage(text: text("Base de datos no disponible", "Database not available"), tone: .failure)))
        }
        do {
            let verification = try await store.verifyPIN(code: code, pin: pin)
            if case .ok = verification { return .success(()) }
            return .failure(CheckInMessageFailure(CheckInMessage(
                text: verification.message(in: language, timeZone: timeZone), tone: .failure)))
        } catch {
            return .failure(CheckInMessageFailure(CheckInMessage(text: "\(error)", tone: .failure)))
        }
    }

    func refreshQueuedCount() async {
        guard let store = parts.withLock({ $0.store }), let counts = try? await store.outboxCounts() else { return }
        state.withLock { $0.queuedPunches = counts.pendingPunches }
    }
}

/// A refused PIN, carrying the message to show.
public struct CheckInMessageFailure: Error, Hashable, Sendable {
    public var message: CheckInMessage
    init(_ message: CheckInMessage) { self.message = message }
}
