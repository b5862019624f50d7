package import GRDB
package import Attendance

/// A row of `schedule`: on this weekday this employee works this shift.
package struct ScheduleRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    package static let databaseTableName = "schedule"

    package enum Columns {
        static let employeeCode = Column(CodingKeys.employeeCode)
    }

    var employeeCode: String
    var weekday: Int
    var shiftName: String
    var entryToleranceMinutes: Int
    var exitToleranceMinutes: Int
    var requiredMinutes: Int?

    /// Decodes by position (the v1 column order; `SELECT *` only) without Codable: the day summary reads
    /// thousands of rows.
    package init(row: Row) {
        employeeCode = row[0]
        weekday = row[1]
        shiftName = row[2]
        entryToleranceMinutes = row[3]
        exitToleranceMinutes = row[4]
        requiredMinutes = row[5]
    }

    package init(_ schedule: Schedule) {
        employeeCode = schedule.employee.rawValue
        weekday = schedule.weekday.rawValue
        shiftName = schedule.shiftName
        entryToleranceMinutes = schedule.entryToleranceMinutes
        exitToleranceMinutes = schedule.exitToleranceMinutes
        requiredMinutes = schedule.requiredMinutes
    }

    /// The domain value; nil for a weekday number outside 1...7 (the table's CHECK forbids it).
    var schedule: Schedule? { schedule(employee: EmployeeCode(employeeCode)) }

    /// The domain value with an already-made code.
    func schedule(employee: EmployeeCode) -> Schedule? {
        guard let day = Weekday(rawValue: weekday) else { return nil }
        return Schedule(employee: employee, weekday: day, shiftName: shiftName,
                        entryToleranceMinutes: entryToleranceMinutes, exitToleranceMinutes: exitToleranceMinutes,
                        requiredMinutes: requiredMinutes)
    }
}
