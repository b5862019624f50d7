/// A shift (turno): a named daily window of work, e.g. Mañana 06:00–14:00.
///
/// A shift whose end is not after its start crosses midnight (Noche 22:00–06:00); it belongs to the day it
/// starts.
public struct Shift: Hashable, Codable, Sendable {
    /// Unique name, shown on screen and used as the key ("Mañana").
    public var name: String
    public var start: LocalTime
    public var end: LocalTime

    public init(name: String, start: LocalTime, end: LocalTime) {
        self.name = name
        self.start = start
        self.end = end
    }

    /// True when the shift ends on the next calendar day.
    public var crossesMidnight: Bool { end <= start }

    /// Scheduled length in minutes (wall-clock; a DST change on the night is handled by `PunchRules`).
    public var durationMinutes: Int {
        let d = end.minutesSinceMidnight - start.minutesSinceMidnight
        return crossesMidnight ? d + 24 * 60 : d
    }
}
