/// What else than punches decides a site's days: its holidays, its people's leave and the overtime their
/// supervisors approved.
public struct DayCalendar: Hashable, Sendable {
    /// The site's holidays.
    public var holidays: [Holiday]
    /// Leave of the site's people.
    public var leave: [Leave]
    /// Overtime approvals of the site's people.
    public var overtimeApprovals: [OvertimeApproval]

    /// Makes a calendar.
    public init(holidays: [Holiday] = [], leave: [Leave] = [], overtimeApprovals: [OvertimeApproval] = []) {
        self.holidays = holidays
        self.leave = leave
        self.overtimeApprovals = overtimeApprovals
    }

    /// No holidays, no leave, no approvals.
    public static let empty = DayCalendar()

    /// The holiday on `date`, if any.
    public func holiday(on date: LocalDate) -> Holiday? { holidays.first { $0.date == date } }

    /// The leave `employee` has on `date`: a whole-day leave wins over a half day.
    public func leave(of employee: EmployeeCode, on date: LocalDate) -> Leave? {
        let covering = leave.filter { $0.employee == employee && $0.covers(date) }
        return covering.first { $0.portion == .wholeDay } ?? covering.first
    }

    /// The approval of `employee`'s overtime on `date`, if any (the latest when several).
    public func overtimeApproval(of employee: EmployeeCode, on date: LocalDate) -> OvertimeApproval? {
        overtimeApprovals.filter { $0.employee == employee && $0.date == date }.max { $0.approvedAt < $1.approvedAt }
    }
}
