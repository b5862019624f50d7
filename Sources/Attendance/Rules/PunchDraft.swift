public import Foundation

/// Everything of a punch that the rules decide; the store adds id, kiosk id, sequence, method and distance.
public struct PunchDraft: Hashable, Sendable {
    /// Who punched.
    public var employee: EmployeeCode
    /// When, in UTC.
    public var instant: Date
    /// The day the punch belongs to (a night shift's exit belongs to the day the shift started).
    public var localDate: LocalDate
    /// Entry or exit, by alternation within the employee's current shift window.
    public var kind: PunchKind
    /// The shift the punch was assigned to; nil when outside every window.
    public var shiftName: String?
    /// Remarks (late, early leave, outside window, confirmed short stay).
    public var flags: PunchFlags
    /// Minutes after the scheduled start; 0 unless the punch is a late entry.
    public var minutesLate: Int
    /// At an exit: minutes worked on `localDate` including the pair this exit closes, from the punches the
    /// kiosk knows; nil at an entry.
    public var minutesWorkedToday: Int?

    /// Makes a draft.
    public init(
        employee: EmployeeCode,
        instant: Date,
        localDate: LocalDate,
        kind: PunchKind,
        shiftName: String? = nil,
        flags: PunchFlags = [],
        minutesLate: Int = 0,
        minutesWorkedToday: Int? = nil
    ) {
        self.employee = employee
        self.instant = instant
        self.localDate = localDate
        self.kind = kind
        self.shiftName = shiftName
        self.flags = flags
        self.minutesLate = minutesLate
        self.minutesWorkedToday = minutesWorkedToday
    }
}
