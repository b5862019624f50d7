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
        calendar.holidays = try Row.fetchAll(db, sql: "SELECT date, name FROM holiday WHERE date = ?", arguments: [day])
            .compactMap(Self.holiday)
        calendar.leave = try Row.fetchAll(db, sql: """
            SELECT id, employeeCode, kind, fromDate, toDate, portion, note FROM leave WHERE fromDate <= ? AND toDate >= ?
            """, arguments: [day, day]).compactMap(Self.leave)
        return calendar
    }

    /// A `holiday` row (`date`, `name`); nil for a date this version cannot read.
    private static func holiday(_ row: Row) -> Holiday? {
        LocalDate(row["date"] as String).map { Holiday(date: $0, name: row["name"]) }
    }

    /// A `leave` row (`id`, `employeeCode`, `kind`, `fromDate`, `toDate`, `portion`, `note`); nil for one this
    /// version cannot read.
    private static func leave(_ row: Row) -> Leave? {
        guard let id = UUID(uuidString: row["id"]), let kind = LeaveKind(rawValue: row["kind"]),
              let from = LocalDate(row["fromDate"] as String), let to = LocalDate(row["toDate"] as String), from <= to,
              let portion = LeavePortion(rawValue: row["portion"]) else { return nil }
        return Leave(id: id, employee: EmployeeCode(row["employeeCode"] as String), kind: kind, from: from, to: to,
                     portion: portion, note: row["note"])
    }

    /// The stored holidays and leave, by date (what the last roster brought).
    public func calendar() async throws -> DayCalendar {
        try await read("calendar") { db in
            var calendar = DayCalendar()
            calendar.holidays = try Row.fetchAll(db, sql: "SELECT date, name FROM holiday ORDER BY date").compactMap(Self.holiday)
            calendar.leave = try Row.fetchAll(db, sql: "SELECT id, employeeCode, kind, fromDate, toDate, portion, note FROM leave ORDER BY fromDate, id")
                .compactMap(Self.leave)
            return calendar
        }
    }
}
