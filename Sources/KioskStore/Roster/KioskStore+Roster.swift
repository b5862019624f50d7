import Foundation
public import Attendance
package import GRDB

// MARK: - Roster

extension KioskStore {
    /// Inserts an employee or updates name, role and active flag; the PIN hash, lockout and consent are kept.
    /// The role must exist (seeded roles).
    public func saveEmployee(_ employee: Employee) async throws {
        try await write("save employee \(employee.code)") { db in
            try Self.saveEmployee(db, employee)
        }
    }

    package static func saveEmployee(_ db: Database, _ employee: Employee) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO role (name) VALUES (?)", arguments: [employee.role.rawValue])
        try db.execute(sql: """
            INSERT INTO employee (code, name, role, active) VALUES (?, ?, ?, ?)
            ON CONFLICT(code) DO UPDATE SET name = excluded.name, role = excluded.role, active = excluded.active
            """, arguments: [employee.code.rawValue, employee.name, employee.role.rawValue, employee.active])
    }

    /// Inserts or replaces a shift (by name); `toleranceMinutes` is the default for new schedule lines.
    public func saveShift(_ shift: Shift, toleranceMinutes: Int = 15) async throws {
        try await write("save shift \(shift.name)") { db in
            try ShiftRecord(shift, toleranceMinutes: toleranceMinutes).upsert(db)
        }
    }

    /// Inserts or replaces a schedule line (employee, weekday, shift).
    public func saveSchedule(_ schedule: Schedule) async throws {
        try await write("save schedule \(schedule.employee)") { db in
            try ScheduleRecord(schedule).upsert(db)
        }
    }

    /// One employee, or nil.
    public func employee(_ code: EmployeeCode) async throws -> Employee? {
        try await read("employee \(code)") { db in try EmployeeRecord.fetchOne(db, key: code.rawValue)?.employee }
    }

    /// Every employee, by code.
    public func employees() async throws -> [Employee] {
        try await read("employees") { db in
            try EmployeeRecord.order(EmployeeRecord.Columns.code).fetchAll(db).map(\.employee)
        }
    }

    /// Every shift, by name.
    public func shifts() async throws -> [Shift] {
        try await read("shifts") { db in try ShiftRecord.order(ShiftRecord.Columns.name).fetchAll(db).map(\.shift) }
    }

    /// An employee's schedule lines.
    public func schedules(of code: EmployeeCode) async throws -> [Schedule] {
        try await read("schedules \(code)") { db in
            try ScheduleRecord.filter(ScheduleRecord.Columns.employeeCode == code.rawValue).fetchAll(db).compactMap(\.schedule)
        }
    }

    /// True when the employee has given biometric consent that has not been withdrawn.
    public func hasBiometricConsent(_ code: EmployeeCode) async throws -> Bool {
        try await read("consent \(code)") { db in
            try Date.fetchOne(db, sql: "SELECT biometricConsentAt FROM employee WHERE code = ?", arguments: [code.rawValue]) != nil
        }
    }
}
