public import Foundation

/// The attendance rules: which punch is an entry or an exit, which shift and day it belongs to, and how
/// each employee's day stands. Pure and deterministic: no clock, no I/O (callers pass `now`).
///
/// Times are stored in UTC and reasoned in `timeZone`, DST-safe: a shift's start and end are built on its
/// own date, so on a change night the shift's real length differs from its wall-clock length.
///
/// For example:
/// ```swift
/// let rules = PunchRules(timeZone: TimeZone(identifier: "Europe/Madrid")!)
/// switch rules.decide(employee: code, at: .now, schedules: schedules, shifts: shifts, recentPunches: recent) {
/// case .record(let draft): store(draft)
/// case .alreadyRecorded(_, let at): show("ya registrado a las \(at)")
/// case .confirmShortStay(let draft, _): askToConfirm(draft)
/// }
/// ```
public struct PunchRules: Sendable {
    /// The version of these rules, written into every `DayExplanation`: a change to how any status or figure
    /// is computed bumps it, so a stored verdict says which rules made it.
    public static let version = "2026.12-explain.1"

    /// The kiosk's configured time zone (`[kiosk] time_zone`).
    public let timeZone: TimeZone
    /// A punch this soon after the employee's last one is a repeat, not a new punch.
    public let debounceSeconds: Int
    /// An exit sooner than this after the entry asks the person to confirm.
    public let minWorkMinutes: Int
    /// A shift's window opens this long before its start.
    public let windowBeforeStartMinutes: Int
    /// A shift's window closes this long after its end; an entry still open then is a missing exit.
    public let windowAfterEndMinutes: Int
    /// An entry outside every shift window stays open (the next punch is its exit) this long.
    public let unscheduledStayMinutes: Int

    let clock: ZonedClock

    /// Makes the rules.
    ///
    /// - Parameters:
    ///   - timeZone: where wall-clock times (shift starts, local dates) are reasoned.
    ///   - debounceSeconds: repeats within this many seconds are not new punches (default 60).
    ///   - minWorkMinutes: an exit sooner than this after the entry asks to confirm (default 5).
    ///   - windowBeforeStartMinutes: a shift window opens this long before the start (default 60).
    ///   - windowAfterEndMinutes: a shift window closes this long after the end (default 60).
    ///   - unscheduledStayMinutes: an entry outside every window stays open this long (default 16 h).
    public init(
        timeZone: TimeZone,
        debounceSeconds: Int = 60,
        minWorkMinutes: Int = 5,
        windowBeforeStartMinutes: Int = 60,
        windowAfterEndMinutes: Int = 60,
        unscheduledStayMinutes: Int = 16 * 60
    ) {
        precondition(debounceSeconds >= 0 && minWorkMinutes >= 0, "PunchRules debounce and minimum work must not be negative")
        precondition(windowBeforeStartMinutes >= 0 && windowAfterEndMinutes >= 0 && unscheduledStayMinutes >= 0,
                     "PunchRules windows must not be negative")
        self.timeZone = timeZone
        self.debounceSeconds = debounceSeconds
        self.minWorkMinutes = minWorkMinutes
        self.windowBeforeStartMinutes = windowBeforeStartMinutes
        self.windowAfterEndMinutes = windowAfterEndMinutes
        self.unscheduledStayMinutes = unscheduledStayMinutes
        self.clock = ZonedClock(timeZone: timeZone)
    }

    /// The local date of an instant in the rules' time zone.
    public func localDate(of instant: Date) -> LocalDate { clock.localDate(of: instant) }

    /// The local time of day of an instant in the rules' time zone, to the minute (as shown on screen).
    public func localTime(of instant: Date) -> LocalTime { clock.localTime(of: instant) }

    /// The instant when the local wall clock shows `time` on `date`.
    ///
    /// A time skipped by a spring-forward change moves forward by the gap; a repeated time at a fall-back
    /// change is its first occurrence.
    public func instant(on date: LocalDate, at time: LocalTime) -> Date { clock.instant(on: date, at: time) }
}
