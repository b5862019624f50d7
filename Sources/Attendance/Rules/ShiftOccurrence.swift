public import Foundation

/// One shift worked by one employee on one date, with its real start and end instants and its window.
public struct ShiftOccurrence: Hashable, Sendable {
    /// The shift.
    public var shift: Shift
    /// The date the shift starts (and belongs to).
    public var date: LocalDate
    /// When it starts.
    public var start: Date
    /// When it ends (the next day for a night shift).
    public var end: Date
    /// Punches from here on can belong to the shift.
    public var windowStart: Date
    /// Punches up to here can belong to the shift; an entry still open here is a missing exit.
    public var windowEnd: Date
    /// An entry up to this many minutes after `start` is on time.
    public var entryToleranceMinutes: Int
    /// An exit up to this many minutes before `end` is not an early leave.
    public var exitToleranceMinutes: Int
    /// Minutes required: the schedule's, else the real length (which differs from the wall-clock length on
    /// a DST change night).
    public var requiredMinutes: Int

    /// Makes an occurrence.
    public init(
        shift: Shift, date: LocalDate, start: Date, end: Date, windowStart: Date, windowEnd: Date,
        entryToleranceMinutes: Int, exitToleranceMinutes: Int, requiredMinutes: Int
    ) {
        self.shift = shift
        self.date = date
        self.start = start
        self.end = end
        self.windowStart = windowStart
        self.windowEnd = windowEnd
        self.entryToleranceMinutes = entryToleranceMinutes
        self.exitToleranceMinutes = exitToleranceMinutes
        self.requiredMinutes = requiredMinutes
    }

    /// True when `instant` is inside the window (both ends included).
    public func windowContains(_ instant: Date) -> Bool { windowStart <= instant && instant <= windowEnd }

    /// Real length in minutes.
    public var realMinutes: Int { Int(end.timeIntervalSince(start) / 60) }

    /// Whole minutes after `start` when an entry at `instant` is late; nil when on time.
    ///
    /// Minutes are counted as the screen shows them: exactly at the tolerance (08:15:59 for 08:00 + 15) is
    /// on time, one minute later is late, and lateness counts from the scheduled start.
    public func minutesLate(entryAt instant: Date) -> Int? {
        let minutes = Int((instant.timeIntervalSince(start) / 60).rounded(.down))
        return minutes > entryToleranceMinutes ? minutes : nil
    }

    /// True when an exit at `instant` is before `end` − exit tolerance.
    public func isEarlyLeave(exitAt instant: Date) -> Bool {
        instant < end.addingTimeInterval(TimeInterval(-exitToleranceMinutes * 60))
    }
}
