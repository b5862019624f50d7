/// Remarks on a day record, shown beside its status.
public struct DayFlags: OptionSet, Hashable, Codable, Sendable {
    /// The flags' bits (stored as an integer).
    public let rawValue: Int
    /// Makes flags from their bits.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// An entry still open when its window closed ("salida no registrada"); no exit is invented.
    public static let missingExit = DayFlags(rawValue: 1 << 0)
    /// A punch outside every shift window of the employee, or on a day without schedule.
    public static let outsideWindow = DayFlags(rawValue: 1 << 1)
    /// A supervisor's correction (added or voided punch) changed this day.
    public static let corrected = DayFlags(rawValue: 1 << 2)
    /// An exit with no open entry before it ("salida sin entrada").
    public static let exitWithoutEntry = DayFlags(rawValue: 1 << 3)
    /// The first entry was late (also set when the status shows something else, e.g. `earlyLeave`).
    public static let late = DayFlags(rawValue: 1 << 4)
    /// The last exit was before end − exit tolerance.
    public static let earlyLeave = DayFlags(rawValue: 1 << 5)
    /// An entry left open was closed at the shift's end by the site's rule (`SitePolicy`); no exit punch exists.
    public static let closedAtShiftEnd = DayFlags(rawValue: 1 << 6)
    /// Half of the day is on leave: the expected time and the shift's window are halved.
    public static let halfDayLeave = DayFlags(rawValue: 1 << 7)
    /// Punched on a holiday or a whole day of leave (the time is counted, nothing was expected).
    public static let workedOnDayOff = DayFlags(rawValue: 1 << 8)
    /// Time worked beyond the shift's end waits for a supervisor's approval.
    public static let overtimePending = DayFlags(rawValue: 1 << 9)
}
