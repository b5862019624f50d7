import Attendance
import GRDB

/// Everything `PunchRules.dayRecords` needs for one date, read in one snapshot.
struct DayInput: Sendable {
    var employees: [Employee]
    var schedules: [Schedule]
    var shifts: [Shift]
    var punches: [Punch]
    var corrections: [Correction]
    /// The holiday and leave of the date, from the roster.
    var calendar: DayCalendar

    static func fetch(_ db: Database, date: LocalDate) throws -> DayInput {
        // An added punch's stored day is its calendar day; a night shift's exit belongs to the day before,
        // so the rules see the neighbouring days' corrections and assign them.
        let days = [date.adding(days: -1), date, date.adding(days: 1)].map(\.description)
        let employees = try EmployeeRecord.order(EmployeeRecord.Columns.code).fetchAll(db).map(\.employee)
        // One EmployeeCode per person, reused for their schedule lines and punches.
        var codes = Dictionary(employees.map { ($0.code.rawValue, $0.code) }, uniquingKeysWith: { first, _ in first })
        func code(_ raw: String) -> EmployeeCode {
            if let known = codes[raw] { return known }
            let made = EmployeeCode(raw)
            codes[raw] = made
            return made
        }
        return DayInput(
            employees: employees,
            schedules: try ScheduleRecord.fetchAll(db).compactMap { $0.schedule(employee: code($0.employeeCode)) },
            shifts: try ShiftRecord.fetchAll(db).map(\.shift),
            punches: try PunchRecord.filter(PunchRecord.Columns.localDate == date.description)
                .order(PunchRecord.Columns.sequence).fetchAll(db).compactMap { $0.punch(employee: code($0.employeeCode)) },
            corrections: try CorrectionRecord.filter(days.contains(CorrectionRecord.Columns.localDate))
                .order(CorrectionRecord.Columns.madeAt).fetchAll(db).compactMap(\.correction),
            calendar: try KioskStore.calendar(db, on: date))
    }
}
