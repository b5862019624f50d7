public import Foundation

/// One employee's day: entry, exit, status and worked time, computed by `PunchRules.dayRecords`.
public struct DayRecord: Hashable, Sendable {
    /// Whose day.
    public var employee: Employee
    /// Which day (a night shift's hours count on the day it started).
    public var date: LocalDate
    /// The scheduled shift ("Mañana"; several joined with " + "), or the punched one when not scheduled.
    public var shiftName: String?
    /// The first entry of the day.
    public var firstIn: Date?
    /// The last exit of the day.
    public var lastOut: Date?
    /// How the day stands.
    public var status: DayStatus
    /// Minutes after the scheduled start of the first entry; 0 when on time.
    public var minutesLate: Int
    /// Sum of the IN→OUT pairs, in real minutes (a DST night counts its true length).
    public var minutesWorked: Int
    /// Remarks (missing exit, outside window, corrected, …).
    public var flags: DayFlags
    /// Minutes the schedule asks for that day (the schedule's `requiredMinutes`, else the shifts' real
    /// lengths); 0 when not scheduled.
    public var requiredMinutes: Int
    /// Minutes worked beyond the shift's end that count as overtime by the site's rules (plus the early
    /// arrival when an approval includes it); approved or not.
    public var overtimeMinutes: Int
    /// Of `overtimeMinutes`, those a supervisor approved (0 until approved).
    public var approvedOvertimeMinutes: Int
    /// Why: the punches used, the shifts and windows, the rule behind each status and figure.
    public var explanation: DayExplanation

    /// Makes a record.
    public init(
        employee: Employee,
        date: LocalDate,
        shiftName: String? = nil,
        firstIn: Date? = nil,
        lastOut: Date? = nil,
        status: DayStatus,
        minutesLate: Int = 0,
        minutesWorked: Int = 0,
        flags: DayFlags = [],
        requiredMinutes: Int = 0,
        overtimeMinutes: Int = 0,
        approvedOvertimeMinutes: Int = 0,
        explanation: DayExplanation = DayExplanation(timeZone: "UTC")
    ) {
        self.employee = employee
        self.date = date
        self.shiftName = shiftName
        self.firstIn = firstIn
        self.lastOut = lastOut
        self.status = status
        self.minutesLate = minutesLate
        self.minutesWorked = minutesWorked
        self.flags = flags
        self.requiredMinutes = requiredMinutes
        self.overtimeMinutes = overtimeMinutes
        self.approvedOvertimeMinutes = approvedOvertimeMinutes
        self.explanation = explanation
    }
}
