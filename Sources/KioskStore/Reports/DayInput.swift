package import Attendance
import Foundation
package import GRDB

/// Everything `PunchRules.dayRecords` needs for one date, read in one snapshot.
package struct DayInput: Sendable {
    package var employees: [Employee]
    package var schedules: [Schedule]
    package var shifts: [Shift]
    package var punches: [Punch]
    package var corrections: [Correction]
    /// The holiday and leave of the date, from the roster.
    package var calendar: DayCalendar

    /// Reads one date's input in one pass per table: cached statements, rows read by position straight into
    /// domain values (no record decoding), the day's schedules, and those of its neighbours' weekdays only
    /// when a correction adds a punch (the rules assign an added punch to a shift of a neighbouring day).
    /// Each row makes its own `EmployeeCode`: a code of up to 15 bytes lives inside its String, and a table
    /// shared by text cost more in hashing than it saved.
    package static func fetch(_ db: Database, date: LocalDate) throws -> DayInput {
        // An added punch's stored day is its calendar day; a night shift's exit belongs to the day before,
        // so the rules see the neighbouring days' corrections and assign them.
        let neighbours = [date.adding(days: -1), date, date.adding(days: 1)]
        let corrections = try CorrectionRecord.filter(neighbours.map(\.description).contains(CorrectionRecord.Columns.localDate))
            .order(CorrectionRecord.Columns.madeAt).fetchAll(db).compactMap(\.correction)
        // The row counts first: arrays reserved once, not grown by doubling (each growth of a large array copied
        // it into freshly mapped pages: a third of this read for 5,000 people).
        let counts = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT (SELECT count(*) FROM employee), (SELECT count(*) FROM punch WHERE localDate = ?)
            """), arguments: [date.description])
        let (employeeCount, punchCount): (Int, Int) = (counts?[0] ?? 0, counts?[1] ?? 0)

        var employees: [Employee] = []
        employees.reserveCapacity(employeeCount)
        let employeeRows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT code, name, role, active FROM employee ORDER BY code"))
        while let row = try employeeRows.next() {
            // An unknown role name (from a newer server) reads as a colaborador, as everywhere else.
            employees.append(Employee(code: EmployeeCode(row[0] as String), name: row[1], role: Role(rawValue: row[2]) ?? .colaborador, active: row[3]))
        }

        var schedules: [Schedule] = []
        schedules.reserveCapacity(employeeCount)
        // Without an added punch the rules read only the day's own schedules: the other two weekdays were two
        // thirds of the rows read. The statement keeps its three parameters, the day's weekday repeated.
        let addsPunches = corrections.contains { if case .add = $0.action { true } else { false } }
        let weekdays = addsPunches ? neighbours.map(\.weekday.rawValue) : Array(repeating: date.weekday.rawValue, count: 3)
        let scheduleRows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT employeeCode, weekday, shiftName, entryToleranceMinutes, exitToleranceMinutes, requiredMinutes
            FROM schedule WHERE weekday IN (?, ?, ?)
            """), arguments: StatementArguments(weekdays))
        while let row = try scheduleRows.next() {
            guard let weekday = Weekday(rawValue: row[1]) else { continue }
            schedules.append(Schedule(employee: EmployeeCode(row[0] as String), weekday: weekday, shiftName: row[2],
                                      entryToleranceMinutes: row[3], exitToleranceMinutes: row[4], requiredMinutes: row[5]))
        }

        var punches: [Punch] = []
        punches.reserveCapacity(punchCount)
        let punchRows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT id, kioskID, sequence, employeeCode, instantMs, kind, method, matchDistance, shiftName, flags
            FROM punch WHERE localDate = ? ORDER BY sequence
            """), arguments: [date.description])
        while let row = try punchRows.next() {
            // A row this version cannot read (a salvaged one) is left out, as the records do.
            let idText: String = row[0]
            guard let id = UUID(canonicalText: idText) ?? UUID(uuidString: idText), let kind = PunchKind(rawValue: row[5]),
                  let method = PunchMethod(rawValue: row[6]) else { continue }
            punches.append(Punch(id: id, kioskID: row[1], sequence: row[2], employee: EmployeeCode(row[3] as String),
                                 instant: PunchRecord.date(milliseconds: row[4]), localDate: date, kind: kind, method: method,
                                 matchDistance: row[7], shiftName: row[8], flags: PunchFlags(rawValue: row[9])))
        }

        return DayInput(
            employees: employees, schedules: schedules, shifts: try ShiftRecord.fetchAll(db).map(\.shift), punches: punches,
            corrections: corrections,
            calendar: try KioskStore.calendar(db, on: date))
    }
}
