import GRDB
import Attendance

/// A row of `shift`: a named daily window, stored as minutes since midnight.
struct ShiftRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "shift"

    enum Columns {
        static let name = Column(CodingKeys.name)
    }

    var name: String
    var startMinute: Int
    var endMinute: Int
    /// Entry and exit tolerance given to new schedule lines on this shift.
    var toleranceMinutes: Int

    init(_ shift: Shift, toleranceMinutes: Int) {
        name = shift.name
        startMinute = shift.start.minutesSinceMidnight
        endMinute = shift.end.minutesSinceMidnight
        self.toleranceMinutes = toleranceMinutes
    }

    var shift: Shift {
        Shift(name: name,
              start: LocalTime(hour: startMinute / 60, minute: startMinute % 60),
              end: LocalTime(hour: endMinute / 60, minute: endMinute % 60))
    }
}
