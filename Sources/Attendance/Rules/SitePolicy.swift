/// What one site decides about its days, beyond the shifts and schedules: the same `PunchRules` serve every
/// site, and each passes its own policy.
public struct SitePolicy: Hashable, Codable, Sendable {
    /// Close an entry still open when its window closes at the shift's end, counting the time up to the end
    /// and flagging the day `closedAtShiftEnd` (the old system closed open entries at 22:00). Off: the entry
    /// is only flagged `missingExit` and adds no time. No exit punch is invented either way.
    public var closeOpenEntriesAtShiftEnd: Bool
    /// Time worked after the shift's end below this many minutes is not overtime (default 15).
    public var overtimeMinimumMinutes: Int
    /// At most this many overtime minutes a day count (nil: no cap).
    public var overtimeMaximumMinutesPerDay: Int?
    /// Repeated lateness turned into a penalty ("3 lates in a month = one half-day"); nil: none.
    public var lateness: LatenessRule?

    /// Makes a policy.
    ///
    /// - Precondition: minutes not negative.
    public init(closeOpenEntriesAtShiftEnd: Bool = false, overtimeMinimumMinutes: Int = 15, overtimeMaximumMinutesPerDay: Int? = nil,
                lateness: LatenessRule? = nil) {
        precondition(overtimeMinimumMinutes >= 0 && (overtimeMaximumMinutesPerDay ?? 0) >= 0, "SitePolicy minutes must not be negative")
        self.closeOpenEntriesAtShiftEnd = closeOpenEntriesAtShiftEnd
        self.overtimeMinimumMinutes = overtimeMinimumMinutes
        self.overtimeMaximumMinutesPerDay = overtimeMaximumMinutesPerDay
        self.lateness = lateness
    }
}
