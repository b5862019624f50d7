public import Foundation

/// One employee's day in a report, as `PunchRules.dayRecords` computed it from every door's punches.
public struct ReportRow: Codable, Hashable, Sendable {
    /// `YYYY-MM-DD`.
    public var date: String
    /// Employee code.
    public var employeeCode: String
    /// Employee name.
    public var employeeName: String
    /// Shift name(s).
    public var shift: String?
    /// First entry.
    public var firstIn: Date?
    /// Last exit.
    public var lastOut: Date?
    /// `DayStatus` raw value (`onTime`, `late`, `absent`, …).
    public var status: String
    /// Minutes late.
    public var minutesLate: Int
    /// Minutes worked.
    public var minutesWorked: Int
    /// Minutes required.
    public var requiredMinutes: Int
    /// `DayFlags` bits.
    public var flags: Int
    /// Minutes beyond the shift's end that count as overtime (approved or not).
    public var overtimeMinutes: Int?
    /// Of those, the minutes a supervisor approved.
    public var approvedOvertimeMinutes: Int?
    /// Why, in Spanish: the rule behind each status and figure ("tarde 16 min: entrada 08:16, …").
    public var reasonEs: String?
    /// Why, in English.
    public var reasonEn: String?
    /// The version of the rules that computed the row.
    public var rulesVersion: String?
}
