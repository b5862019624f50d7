public import Attendance
public import Foundation

/// The person just punched, offered their own week (F5) for a few seconds; no one else's data.
public struct WeekOffer: Hashable, Sendable {
    /// How long the key bar offers it after the punch.
    public static let seconds: TimeInterval = 10

    public var code: EmployeeCode
    public var until: Date

    public init(code: EmployeeCode, at now: Date) {
        self.code = code
        self.until = now.addingTimeInterval(Self.seconds)
    }

    /// True while F5 shows the week.
    public func isOpen(at now: Date) -> Bool {
        now < until
    }
}

/// One person's week at this door, Monday to today: each day's status, hours worked and lateness, and the
/// totals, shown over the check-in screen for ``shownSeconds``.
public struct WeekView: Hashable, Sendable {
    /// How long the week stays on screen (any key closes it sooner).
    public static let shownSeconds: TimeInterval = 10

    public var employee: Employee
    /// Monday first; days with nothing to say (no schedule, no punch) are left out.
    public var days: [DayRecord]

    public init(employee: Employee, days: [DayRecord]) {
        self.employee = employee
        self.days = days
    }

    public var minutesWorked: Int { days.reduce(0) { $0 + $1.minutesWorked } }
    public var minutesLate: Int { days.reduce(0) { $0 + $1.minutesLate } }
}
