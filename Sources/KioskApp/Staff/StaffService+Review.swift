import Attendance
import KioskStore

extension StaffService {
    /// The review queue on the supervisor screen lists doubtful punches of today and this many days before.
    static let reviewQueueDays = 14

    /// This kiosk's doubtful punches not yet reviewed, of today and the ``reviewQueueDays`` before, oldest first.
    func punchesToReview() async throws -> [Punch] {
        try await store.punchesToReview(since: door.today(now: clock()).adding(days: -Self.reviewQueueDays))
    }

    /// A supervisor confirms a doubtful punch: it stands, and the confirmation is appended to the audit log.
    func confirmReviewed(_ punch: Punch, by supervisor: EmployeeCode) async throws {
        try await store.confirmDoubtfulPunch(punch.id, supervisor: supervisor, now: clock())
    }

    /// A supervisor voids a doubtful punch with a reason: a correction like any other (append-only, audited,
    /// sent to the server).
    func voidReviewed(_ punch: Punch, reason: String, by supervisor: EmployeeCode) async throws {
        _ = try await store.addCorrection(employee: punch.employee, action: .void(punchID: punch.id), reason: reason,
                                                   supervisor: supervisor, now: clock())
    }
}
