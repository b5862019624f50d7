public import Attendance
public import Foundation
import GRDB

// MARK: - Badges

extension KioskStore {
    /// True for a number a keyboard-wedge reader types: 4 to 32 ASCII letters and digits.
    public static func isValidBadge(_ number: String) -> Bool {
        (4...32).contains(number.count) && number.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// Gives `code` the badge `number` (replacing their previous one), audited.
    ///
    /// - Throws: ``BadgeRefusal`` for a malformed number, an unknown employee, or a badge another employee
    ///   carries; the store's error when it cannot be written.
    public func setBadge(code: EmployeeCode, number: String, by actor: EmployeeCode = AuditEntry.systemActor, now: Date = Date()) async throws {
        guard Self.isValidBadge(number) else { throw BadgeRefusal(.invalidNumber(number)) }
        // Checked before the write (a refusal thrown inside it would turn into a database error); the unique
        // index still keeps one person per badge if two writers race.
        let (exists, owner) = try await read("badge owner") { db in
            (try EmployeeRecord.exists(db, key: code.rawValue),
             try String.fetchOne(db, sql: "SELECT code FROM employee WHERE badge = ? AND code <> ?", arguments: [number, code.rawValue]))
        }
        guard exists else { throw BadgeRefusal(.unknownEmployee(code)) }
        if let owner { throw BadgeRefusal(.takenBy(EmployeeCode(owner))) }
        try await write("set badge \(code)") { db in
            try db.execute(sql: "UPDATE employee SET badge = ? WHERE code = ?", arguments: [number, code.rawValue])
            // The number itself is not logged: a badge is a credential.
            try Self.appendAudit(db, actor: actor, action: "badge.set", detail: code.rawValue, now: now)
        }
    }

    /// Takes `code`'s badge away, audited.
    ///
    /// - Throws: ``BadgeRefusal`` for an unknown employee.
    public func clearBadge(code: EmployeeCode, by actor: EmployeeCode = AuditEntry.systemActor, now: Date = Date()) async throws {
        let exists = try await read("employee \(code)") { db in try EmployeeRecord.exists(db, key: code.rawValue) }
        guard exists else { throw BadgeRefusal(.unknownEmployee(code)) }
        try await write("clear badge \(code)") { db in
            try db.execute(sql: "UPDATE employee SET badge = NULL WHERE code = ?", arguments: [code.rawValue])
            try Self.appendAudit(db, actor: actor, action: "badge.clear", detail: code.rawValue, now: now)
        }
    }

    /// The employee carrying badge `number`, or nil.
    public func employeeCode(forBadge number: String) async throws -> EmployeeCode? {
        guard Self.isValidBadge(number) else { return nil }
        let owner: String? = try await read("badge") { db in
            try String.fetchOne(db, sql: "SELECT code FROM employee WHERE badge = ?", arguments: [number])
        }
        return owner.map { EmployeeCode($0) }
    }
}
