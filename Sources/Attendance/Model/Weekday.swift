/// A day of the week, numbered as ISO 8601 does (Monday = 1 … Sunday = 7).
public enum Weekday: Int, CaseIterable, Codable, Sendable, Comparable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// Converts Foundation's `Calendar` weekday numbering (Sunday = 1 … Saturday = 7).
    public init(calendarWeekday: Int) {
        self = Weekday(rawValue: (calendarWeekday + 5) % 7 + 1)!
    }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}
