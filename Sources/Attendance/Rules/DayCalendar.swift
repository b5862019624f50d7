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
}
