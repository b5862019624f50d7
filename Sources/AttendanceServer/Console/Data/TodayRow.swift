import Foundation

/// One person's line on the Today page: their stored day and their newest punch at the site, with its door.
struct TodayRow: Sendable {
    var employeeCode: String
    var employeeName: String
    /// `DayStatus` raw value.
    var status: String
    var minutesLate: Int
    var requiredMinutes: Int
    /// `DayFlags` bits.
    var flags: Int
    var firstIn: Date?
    var lastOut: Date?
    /// The newest punch of the day at the site: when, `IN` or `OUT`, and the door's name.
    var lastPunch: (instant: Date, kind: String, door: String)?
}
