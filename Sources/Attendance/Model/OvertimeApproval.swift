public import Foundation

/// A supervisor's approval of one person's overtime on one day. Without it, overtime is only a candidate.
public struct OvertimeApproval: Hashable, Codable, Sendable, Identifiable {
    /// Unique; the server keeps it.
    public var id: UUID
    /// Whose overtime.
    public var employee: EmployeeCode
    /// The day (a night shift's day is the day it starts).
    public var date: LocalDate
    /// Most minutes approved; the approved figure never exceeds what was worked beyond the shift.
    public var minutes: Int
    /// Also count time worked before the shift's start (an early arrival is not overtime otherwise).
    public var includesEarlyArrival: Bool
    /// The supervisor who approved.
    public var supervisor: EmployeeCode
    /// Why, in the supervisor's words.
    public var reason: String
    /// When it was approved.
    public var approvedAt: Date

    /// Makes an approval.
    ///
    /// - Precondition: `minutes >= 0`.
    public init(id: UUID = UUID(), employee: EmployeeCode, date: LocalDate, minutes: Int, includesEarlyArrival: Bool = false,
                supervisor: EmployeeCode, reason: String, approvedAt: Date) {
        precondition(minutes >= 0, "OvertimeApproval minutes must not be negative")
        self.id = id
        self.employee = employee
        self.date = date
        self.minutes = minutes
        self.includesEarlyArrival = includesEarlyArrival
        self.supervisor = supervisor
        self.reason = reason
        self.approvedAt = approvedAt
    }
}
