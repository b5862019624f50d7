public import Attendance
import Foundation
public import KioskStore

// MARK: - Staff: the supervisor screen's calls, answered by the staff service (or "no database")

extension KioskRuntime {
    /// Opens a staff screen (or closes a real door, `action` "quit kiosk") with the person's own PIN and the
    /// right role (``StaffService/verifyStaff(code:pin:as:action:)``).
    public func verifyStaff(
        code: EmployeeCode, pin: String, as role: StaffRole, action: String? = nil
    ) async -> Result<Employee, CheckInMessageFailure> {
        guard let staff = services?.staff else { return .failure(door.databaseUnavailable()) }
        return await staff.verifyStaff(code: code, pin: pin, as: role, action: action)
    }

    /// The day view of `date` (supervisor).
    public func daySummary(for date: LocalDate) async throws -> DaySummary {
        try await staff().daySummary(for: date)
    }

    /// Writes `date`'s attendance as CSV under `var/exports` beside the database (supervisor F5).
    /// - Returns: the file written.
    public func exportDay(_ date: LocalDate, by supervisor: EmployeeCode) async throws -> String {
        try await staff().exportDay(date, by: supervisor)
    }

    /// Adds a correction (a new record with a reason; the original punch stays).
    public func correct(employee: EmployeeCode, action: Correction.Action, reason: String, by supervisor: EmployeeCode) async throws {
        try await staff().correct(employee: employee, action: action, reason: reason, by: supervisor)
    }

    /// The punches of `employee` on `date`, oldest first, for the supervisor to pick one to void.
    public func punches(of employee: EmployeeCode, on date: LocalDate) async throws -> [Punch] {
        try await staff().punches(of: employee, on: date)
    }

    /// This kiosk's doubtful punches not yet reviewed, oldest first.
    public func punchesToReview() async throws -> [Punch] {
        try await staff().punchesToReview()
    }

    /// A supervisor confirms a doubtful punch (audited).
    public func confirmReviewed(_ punch: Punch, by supervisor: EmployeeCode) async throws {
        try await staff().confirmReviewed(punch, by: supervisor)
    }

    /// A supervisor voids a doubtful punch with a reason (a correction).
    public func voidReviewed(_ punch: Punch, reason: String, by supervisor: EmployeeCode) async throws {
        try await staff().voidReviewed(punch, reason: reason, by: supervisor)
    }

    /// Open alarms of one kind, oldest first.
    public func openAlarms(of kind: AlarmKind) async throws -> [Alarm] {
        try await staff().openAlarms(of: kind)
    }

    private func staff() throws -> StaffService {
        guard let staff = services?.staff else { throw door.databaseUnavailable() }
        return staff
    }
}
