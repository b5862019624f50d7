/// How an employee's day stands. Raw values are the names used in exports and on the wire.
public enum DayStatus: String, CaseIterable, Codable, Sendable {
    /// Entered by start + entry tolerance and, once out, left at or after end − exit tolerance.
    case onTime
    /// Entered after start + entry tolerance (`DayRecord.minutesLate` says by how much).
    case late
    /// Last exit before end − exit tolerance.
    case earlyLeave
    /// Scheduled, and no entry by the end of the shift.
    case absent
    /// In now: an entry with no exit while its window is still open.
    case open
    /// Punched on a day with no schedule; the punches are flagged `outsideWindow`.
    case notScheduled
    /// Scheduled, the shift has not ended, and no entry yet.
    case pending
}
