public import Attendance
import KioskStore

extension KioskRuntime {
    /// The review queue on the supervisor screen lists doubtful punches of today and this many days before.
    public static let reviewQueueDays = 14

    /// This kiosk's doubtful punches not yet reviewed, of today and the ``reviewQueueDays`` before, oldest first.
    public func punchesToReview() async throws -> [Punch] {
        try await requireStore().punchesToReview(since: today(now: clock()).adding(days: -Self.reviewQueueDays))
    }

    /// A supervisor confirms a doubtful punch: it stands, and the confirmation is appended to the audit log.
    public func confirmReviewed(_ punch: Punch, by supervisor: EmployeeCode) async throws {
        try await requireStore().confirmDoubtfulPunch(punch.id, supervisor: supervisor, now: clock())
    }

    /// A supervisor voids a doubtful punch with a reason: a correction like any other (append-only, audited,
    /// sent to the server).
    public func voidReviewed(_ punch: Punch, reason: String, by supervisor: EmployeeCode) async throws {
        _ = try await requireStore().addCorrection(employee: punch.employee, action: .void(punchID: punch.id), reason: reason,
                                                   supervisor: supervisor, now: clock())
    }
}
