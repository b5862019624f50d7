public import Foundation

/// One rule that decided a status or a figure of a day record, with the facts it used. Rendered in Spanish or
/// English by `text(language:timeZone:)`; stored as is (Codable) so an old verdict keeps its reasons.
public enum DayReason: Hashable, Codable, Sendable {
    /// Festivo: the site's calendar names the day.
    case holiday(name: String)
    /// A whole day of leave.
    case leave(kind: LeaveKind, note: String)
    /// Half a day of leave: the shift is expected from `expectedStart` to `expectedEnd`.
    case halfDayLeave(kind: LeaveKind, portion: LeavePortion, note: String, expectedStart: Date, expectedEnd: Date)
    /// Entered by start + tolerance.
    case onTime(entry: Date, start: Date, toleranceMinutes: Int)
    /// Entered after start + tolerance; lateness counts from the start.
    case late(minutes: Int, entry: Date, start: Date, toleranceMinutes: Int)
    /// Left before end − tolerance.
    case earlyLeave(exit: Date, end: Date, toleranceMinutes: Int)
    /// No entry from the window's opening to the shift's end, and the day is over.
    case absent(shift: String, windowStart: Date, end: Date)
    /// The only entries came after the shift had ended.
    case entryAfterShift(entry: Date, end: Date)
    /// No entry yet; absence is decided at `decidedAt` (the end of the day).
    case pending(shift: String, decidedAt: Date)
    /// In now: the entry's window closes at `windowEnd`.
    case open(entry: Date, windowEnd: Date)
    /// The entry at `entry` had no exit when its window closed at `windowEnd`; it adds no time.
    case missingExit(entry: Date, windowEnd: Date)
    /// The entry at `entry` was followed by another entry at `next` with no exit between; it adds no time.
    case entryWithoutExit(entry: Date, next: Date)
    /// The site closes open entries at the shift's end: `entry` counted up to `end`, no exit punch invented.
    case closedAtShiftEnd(entry: Date, end: Date)
    /// Punched on a day with no schedule.
    case notScheduled
    /// Worked time: the sum of the `pairs` IN→OUT stretches.
    case worked(minutes: Int, pairs: Int)
    /// Expected time and where it comes from.
    case required(minutes: Int, source: RequiredSource)
    /// An exit with no open entry before it adds no time.
    case exitWithoutEntry(exit: Date)
    /// A punch outside every shift window (stored, never refused).
    case outsideWindow
    /// Time beyond the shift's end: `minutes` counted from `end`; `approved` nil while not approved.
    case overtime(minutes: Int, end: Date, approved: Int?, approver: String?)
    /// Time beyond the shift's end too short to count.
    case overtimeBelowMinimum(minutes: Int, minimumMinutes: Int)
    /// The site's daily cap cut the overtime from `minutes` to `cap`.
    case overtimeCapped(minutes: Int, cap: Int)
    /// Time before the shift's start is not overtime unless approved with it.
    case earlyArrivalNotOvertime(minutes: Int, start: Date)
    /// Supervisors' corrections: punches added and voided.
    case corrections(added: Int, voided: Int)

    /// Where a day's expected time comes from.
    public enum RequiredSource: String, Hashable, Codable, Sendable {
        /// The schedule line's required minutes.
        case schedule
        /// The shifts' real length (a DST night counts its true length).
        case shiftLength
        /// Half of the above, for a half day of leave.
        case halfDay
        /// Nothing is expected: a holiday or a whole day of leave.
        case dayOff
    }
}

extension DayReason {
    /// The status a day-off reason gives (holiday, whole-day leave); nil for any other reason.
    var dayOffStatus: DayStatus? {
        switch self {
        case .holiday: .holiday
        case .leave(let kind, _): kind.status
        default: nil
        }
    }
}
