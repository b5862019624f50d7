import Attendance
import Foundation
import KioskStore
import Vocabulary

/// Check-in at the door: punches by face, PIN and badge, the short-stay question, badge + face, the
/// person's own week, and what a recognition result does. Built once the database is open.
final class CheckInService: DoorService, Sendable {
    let door: DoorContext
    let store: KioskStore
    let remarks: PunchRemarks

    init(door: DoorContext, store: KioskStore) {
        self.door = door
        self.store = store
        remarks = PunchRemarks(configuration: door.configuration)
    }

    /// The message shown when a punch cannot be recorded because the database did not open.
    static func cannotPunch(_ door: DoorContext) -> CheckInMessage {
        CheckInMessage(text: Bilingual(es: "No se puede fichar", en: "Cannot check in").text(door.language),
                       detail: Bilingual(es: "la base de datos no está disponible: avise al técnico",
                                         en: "the database is not available: call the technician").text(door.language),
                       tone: .failure)
    }
}

extension CheckInService {
    /// Records a punch for an identified person and shows the result. The punch is committed (on disk)
    /// before the greeting appears.
    ///
    /// - Parameter flags: doubts found before the punch (``PunchRemarks/remarks(runnerUpMargin:)``,
    ///   ``PunchRemarks/remarks(liveness:)``); the distance's own (``PunchRemarks/remarks(matchDistance:)``) is added here.
    /// - Returns: the message shown.
    @discardableResult
    func punch(
        _ code: EmployeeCode, method: PunchMethod, matchDistance: Double? = nil, flags: PunchFlags = [],
        confirmedShortStay: Bool = false
    ) async -> CheckInMessage {
        let message: CheckInMessage
        do {
            let outcome = try await store.punch(code, at: clock(), method: method, matchDistance: matchDistance,
                                                confirmedShortStay: confirmedShortStay,
                                                remarks: flags.union(remarks.remarks(matchDistance: matchDistance)))
            let now = clock()
            let firstName = outcome.employee.name.split(separator: " ").first.map(String.init) ?? outcome.employee.name
            let said = PunchMessage(decision: outcome.decision, name: firstName, language: language, timeZone: timeZone).text
            // A recognised supervisor or technician is offered their screen (with their own PIN) for a few seconds.
            let offer = method == .face ? StaffOffer(for: outcome.employee, at: now) : nil
            let offerDetail = offer.map { offer in
                offer.roles.map { role in
                    role == .supervisor
                        ? Bilingual(es: "F2 = su pantalla de supervisor (con su PIN)",
                                    en: "F2 = your supervisor screen (with your PIN)").text(language)
                        : Bilingual(es: "F3 = su pantalla de técnico (con su PIN)",
                                    en: "F3 = your technician screen (with your PIN)").text(language)
                }.joined(separator: " · ")
            }
            switch outcome.decision {
            case .record(let draft):
                message = CheckInMessage(text: said, detail: offerDetail, tone: .success, shownAt: now)
                door.state.withLock {
                    $0.recent.insert(RecentPunch(name: outcome.employee.name, kind: draft.kind, method: method, instant: draft.instant), at: 0)
                    if $0.recent.count > KioskState.recentLimit { $0.recent.removeLast() }
                    $0.queuedPunches += 1
                    $0.staffOffer = offer
                    $0.weekOffer = WeekOffer(code: code, at: now)
                }
                // A sign of life for the status file.
                door.state.withLock { $0.lastDatabaseWriteAt = now }
                logger.info("punch recorded", metadata: ["employee": "\(code)", "kind": "\(draft.kind.rawValue)", "method": "\(method.rawValue)"])
            case .alreadyRecorded:
                message = CheckInMessage(text: said, detail: offerDetail, tone: .attention, shownAt: now)
                door.state.withLock {
                    $0.staffOffer = offer
                    $0.weekOffer = WeekOffer(code: code, at: now)
                }
            case .confirmShortStay(_, let minutes):
                let question = ShortStayQuestion(code: code, name: outcome.employee.name, minutesSinceEntry: minutes, method: method,
                                                 matchDistance: matchDistance, flags: flags, askedAt: now,
                                                 confirmSeconds: configuration.checkin.confirmSeconds)
                door.state.withLock { $0.shortStay = question }
                logger.info("question asked: short-stay exit", metadata: ["employee": "\(code)", "seconds": "\(configuration.checkin.confirmSeconds)"])
                message = CheckInMessage(
                    text: said,
                    detail: Bilingual(es: "Enter = registrar la salida (su cara o su PIN) · Esc = no, sigo trabajando",
                                      en: "Enter = record the exit (your face or your PIN) · Esc = no, still working").text(language),
                    tone: .attention, shownAt: now)
            }
        } catch let error as StoreError {
            message = CheckInMessage(text: Bilingual(es: "Fichaje NO registrado",
                                                     en: "Punch NOT recorded").text(language), detail: error.message(in: language), tone: .failure)
            logger.error("punch refused", metadata: ["employee": "\(code)", "error": "\(error.code)"])
        } catch {
            message = CheckInMessage(text: Bilingual(es: "Fichaje NO registrado",
                                                     en: "Punch NOT recorded").text(language), detail: ScreenFailure(error).sentence(in: language), tone: .failure)
            logger.error("punch failed", metadata: ["employee": "\(code)", "error": "\(error)"])
        }
        show(message)
        return message
    }

    /// The PIN fallback: employee code + personal PIN, verified off the UI thread (the KDF takes ~0.2 s).
    @discardableResult
    func punchWithPIN(code: EmployeeCode, pin: String) async -> CheckInMessage {
        switch await verifyPIN(code: code, pin: pin) {
        case .success:
            return await punch(code, method: .pin)
        case .failure(let failure):
            show(failure.message)
            return failure.message
        }
    }

    /// Verifies a person's PIN; the failure is the message to show (wrong, locked, no PIN set…).
    func verifyPIN(code: EmployeeCode, pin: String) async -> Result<Void, CheckInMessageFailure> {
        do {
            let verification = try await store.verifyPIN(code: code, pin: pin)
            if case .ok = verification { return .success(()) }
            return .failure(CheckInMessageFailure(CheckInMessage(
                text: verification.message(in: language, timeZone: timeZone), tone: .failure)))
        } catch {
            return .failure(CheckInMessageFailure(CheckInMessage(text: ScreenFailure(error).sentence(in: language), tone: .failure)))
        }
    }

    func refreshQueuedCount() async {
        guard let counts = try? await store.outboxCounts() else { return }
        door.state.withLock { $0.queuedPunches = counts.pendingPunches }
    }
}

/// A refused PIN, carrying the message to show.
public struct CheckInMessageFailure: Error, Hashable, Sendable {
    public var message: CheckInMessage
    init(_ message: CheckInMessage) { self.message = message }
}
