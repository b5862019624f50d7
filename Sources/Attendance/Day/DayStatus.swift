/// How an employee's day stands. Raw values are the names used in exports and on the wire.
public enum DayStatus: String, CaseIterable, Codable, Sendable {
    /// Entered by start + entry tolerance and, once out, left at or after end − exit tolerance.
    case onTime
    /// Entered after start + entry tolerance (`DayRecord.minutesLate` says by how much).
    case late
    /// Last exit before end − exit tolerance.
    case earlyLeave
    /// Scheduled, and no entry by the end of the day (the later of midnight and the last shift's end).
    case absent
    /// In now: an entry with no exit while its window is still open.
    case open
    /// Punched on a day with no schedule; the punches are flagged `outsideWindow`.
    case notScheduled
    /// Scheduled, the shift has not ended, and no entry yet.
    case pending
    /// Festivo: a holiday in the site's calendar; nothing is expected.
    case holiday
    /// Justificado: a whole day of vacation or sick leave; nothing is expected.
    case justified
    /// Permiso: a whole day of `permiso` leave; nothing is expected.
    case permission
}
