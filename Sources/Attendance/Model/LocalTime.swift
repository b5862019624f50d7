/// A wall-clock time of day in the kiosk's time zone, to the minute (a shift's start or end).
public struct LocalTime: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// 0...23.
    public let hour: Int
    /// 0...59.
    public let minute: Int

    /// Makes a time of day.
    ///
    /// - Precondition: `hour` in 0...23 and `minute` in 0...59.
    public init(hour: Int, minute: Int = 0) {
        precondition((0...23).contains(hour), "LocalTime hour must be 0...23, got \(hour)")
        precondition((0...59).contains(minute), "LocalTime minute must be 0...59, got \(minute)")
        self.hour = hour
        self.minute = minute
    }

    /// Parses `HH:MM` (24-hour); nil when the text is not a valid time.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m)
        else { return nil }
        self.init(hour: h, minute: m)
    }

    /// Minutes since midnight, 0...1439.
    public var minutesSinceMidnight: Int { hour * 60 + minute }

    /// `HH:MM`.
    public var description: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool {
        lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
    }
}
