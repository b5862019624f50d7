public import Attendance
public import Foundation
import Vocabulary

// MARK: - Check-in: the screens' calls, answered by the check-in service (or "no database")

extension KioskRuntime {
    /// The time now, by the runtime's clock (the screens time the badge reader's burst with it).
    public func now() -> Date {
        clock()
    }

    /// Today's date in the kiosk's zone.
    public func today(now: Date = Date()) -> LocalDate {
        door.today(now: now)
    }

    /// Records a punch for an identified person and shows the result (``CheckInService``); committed to
    /// disk before the greeting appears.
    /// - Returns: the message shown.
    @discardableResult
    public func punch(
        _ code: EmployeeCode, method: PunchMethod, matchDistance: Double? = nil, flags: PunchFlags = [],
        confirmedShortStay: Bool = false
    ) async -> CheckInMessage {
        guard let checkIn = services?.checkIn else {
            let message = CheckInService.cannotPunch(door)
            show(message)
            return message
        }
        return await checkIn.punch(code, method: method, matchDistance: matchDistance, flags: flags, confirmedShortStay: confirmedShortStay)
    }

    /// The PIN fallback: employee code + personal PIN, verified off the UI thread (the KDF takes ~0.2 s).
    @discardableResult
    public func punchWithPIN(code: EmployeeCode, pin: String) async -> CheckInMessage {
        guard let checkIn = services?.checkIn else {
            let message = door.databaseUnavailable().message
            show(message)
            return message
        }
        return await checkIn.punchWithPIN(code: code, pin: pin)
    }

    /// Verifies a person's PIN; the failure is the message to show (wrong, locked, no PIN set…).
    public func verifyPIN(code: EmployeeCode, pin: String) async -> Result<Void, CheckInMessageFailure> {
        guard let checkIn = services?.checkIn else { return .failure(door.databaseUnavailable()) }
        return await checkIn.verifyPIN(code: code, pin: pin)
    }

    /// A badge read at the check-in screen: punches its owner with method `badge` (see
    /// ``CheckInService/punchWithBadge(_:)``); nil on a door that does not take badges.
    @discardableResult
    public func punchWithBadge(_ number: String) async -> CheckInMessage? {
        guard configuration.checkin.allowedMethods.contains(.badge) else { return nil }
        guard let checkIn = services?.checkIn else {
            var message = door.databaseUnavailable().message
            message.shownAt = clock()
            show(message)
            return message
        }
        return await checkIn.punchWithBadge(number)
    }

    /// F4 on a door whose `[checkin] methods` leaves PIN out.
    public func refusePINCheckIn() {
        show(CheckInMessage(text: Bilingual(es: "En esta puerta no se ficha con PIN",
                                            en: "This door does not take PIN check-in").text(language),
                            detail: configuration.checkin.allowedMethods.contains(.badge)
                                ? Bilingual(es: "pase su tarjeta por el lector",
                                            en: "hold your badge to the reader").text(language)
                                : Bilingual(es: "mire a la cámara", en: "look at the camera").text(language),
                            tone: .attention, shownAt: clock()))
    }

    /// Enter on the short-stay question (``CheckInService/confirmShortStay()``).
    public func confirmShortStay() async -> QuestionAnswer {
        await services?.checkIn.confirmShortStay() ?? .noQuestion
    }

    /// The asked person's PIN was verified: records the exit, if the question for `code` still waits.
    @discardableResult
    public func answerShortStayWithPIN(code: EmployeeCode) async -> QuestionAnswer {
        await services?.checkIn.answerShortStayWithPIN(code: code) ?? .noQuestion
    }

    /// Esc on the short-stay question: nothing is recorded.
    public func declineShortStay() {
        services?.checkIn.declineShortStay()
    }

    /// Ends a question, and a badge waiting for its face, whose time is up (called on the UI's tick).
    public func expireQuestion() {
        services?.checkIn.expireQuestion()
    }

    /// The week of the person the key bar offers it to (F5 after their punch).
    /// - Throws: `CheckInMessageFailure` when no week is on offer or the database cannot be read.
    public func offeredWeek() async throws -> WeekView {
        guard let checkIn = services?.checkIn else { throw door.databaseUnavailable() }
        return try await checkIn.offeredWeek()
    }
}
