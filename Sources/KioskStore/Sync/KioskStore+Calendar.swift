import Foundation
public import Attendance
import GRDB

// MARK: - Holidays and leave from the roster

extension KioskStore {
    /// Replaces the stored holidays and leave with `calendar` (the roster sends them complete).
    static func replaceCalendar(_ db: Database, with calendar: DayCalendar) throws {
        try db.execute(sql: "DELETE FROM holiday")
        for holiday in calendar.holidays {
            try db.execute(sql: "INSERT OR REPLACE INTO holiday (date, name) VALUES (?, ?)", arguments: [holiday.date.description, holiday.name])
        }
        try db.execute(sql: "DELETE FROM leave")
        for leave in calendar.leave {
            try db.execute(sql: """
                INSERT OR REPLACE INTO leave (id, employeeCode, kind, fromDate, toDate, portion, note) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [leave.id.uuidString, leave.employee.rawValue, leave.kind.rawValue, leave.from.description,
                                 leave.to.description, leave.portion.rawValue, leave.note])
        }
    }

    /// The holiday on `date` and the leave covering it, as the rules take them.
    static func calendar(_ db: Database, on date: LocalDate) throws -> DayCalendar {
        let day = date.description
        var calendar = DayCalendar()
        for row in try Row.fetchAll(db, sql: "SELECT date, name FROM holiday WHERE date = ?", arguments: [day]) {
            if let parsed = LocalDate(row["date"] as String) { calendar.holidays.append(Holiday(date: parsed, name: row["name"])) }
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT id, employeeCode, kind, fromDate, toDate, portion, note FROM leave WHERE fromDate <= ? AND toDate >= ?
            """, arguments: [day, day]) {
            guard let id = UUID(uuidString: row["id"]), let kind = LeaveKind(rawValue: row["kind"]),
                  let from = LocalDate(row["fromDate"] as String), let to = LocalDate(row["toDate"] as String), from <= to,
                  let portion = LeavePortion(rawValue: row["portion"]) else { continue }
            calendar.leave.append(Leave(id: id, employee: EmployeeCode(row["employeeCode"] as String), kind: kind, from: from, to: to,
                                        portion: portion, note: row["note"]))
        }
        return calendar
    }

    /// The stored holidays and leave, by date (what the last roster brought).
    public func calendar() async throws -> DayCalendar {
        try await read("calendar") { db in
            var calendar = DayCalendar()
            for row in try Row.fetchAll(db, sql: "SELECT date, name FROM holiday ORDER BY date") {
                if let date = LocalDate(row["date"] as String) { calendar.holidays.append(Holiday(date: date, name: row["name"])) }
            }
            for row in try Row.fetchAll(db, sql: "SELECT id, employeeCode, kind, fromDate, toDate, portion, note FROM leave ORDER BY fromDate, id") {
                guard let id = UUID(uuidString: row["id"]), let kind = LeaveKind(rawValue: row["kind"]),
                      let from = LocalDate(row["fromDate"] as String), let to = LocalDate(row["toDate"] as String), from <= to,
                      let portion = LeavePortion(rawValue: row["portion"]) else { continue }
                calendar.leave.append(Leave(id: id, employee: EmployeeCode(row["employeeCode"] as String), kind: kind, from: from, to: to,
                                            portion: portion, note: row["note"]))
            }
            return calendar
        }
    }
}
