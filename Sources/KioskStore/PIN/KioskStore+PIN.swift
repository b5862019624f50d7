public import Foundation
public import Attendance
import GRDB

// MARK: - PIN

extension KioskStore {
    /// Sets (or replaces) a person's PIN: PBKDF2-SHA256, ≥ 210,000 rounds, random 16-byte salt; the KDF runs
    /// on its own queue. Clears that person's lockout. The lead wires `kiosk pin set --code CODE` to it.
    ///
    /// - Parameters:
    ///   - code: Employee, supervisor or technician code.
    ///   - pin: 4 to 8 digits.
    ///   - actor: Who set it (audited; ``AuditEntry/systemActor`` from the command line).
    /// - Throws: ``StoreError`` `invalidPINFormat`, `unknownEmployee`, `diskFull`, `readOnly`.
    public func setPIN(code: EmployeeCode, pin: String, by actor: EmployeeCode = AuditEntry.systemActor, now: Date = Date()) async throws {
        try PINFormat.validate(pin)
        let exists = try await read("employee \(code)") { db in
            try EmployeeRecord.exists(db, key: code.rawValue)
        }
        guard exists else { throw StoreError(.unknownEmployee, context: code.rawValue) }
        let digest = try await pinHasher.digest(pin: pin)
        try await write("set PIN \(code)") { db in
            try Self.storePIN(db, code: code, digest: digest)
            try Self.appendAudit(db, actor: actor, action: "pin.set", detail: code.rawValue, now: now)
        }
    }

    static func storePIN(_ db: Database, code: EmployeeCode, digest: PINDigest) throws {
        try db.execute(sql: """
            UPDATE employee SET pinAlgorithm = ?, pinRounds = ?, pinSalt = ?, pinHash = ?,
                pinFailedTries = 0, pinLockedUntil = NULL
            WHERE code = ?
            """, arguments: [digest.algorithm, digest.rounds, digest.salt, digest.hash, code.rawValue])
        guard db.changesCount == 1 else { throw StoreError(.unknownEmployee, context: code.rawValue) }
    }

    /// Checks a person's PIN. Wrong tries are counted per person: after `pin_lockout_tries` wrong ones that
    /// person (never the whole door) is locked for `pin_lockout_minutes`.
    ///
    /// - Returns: ok / wrong(triesLeft) / lockedUntil / noPINSet / unknownEmployee (also for inactive codes).
    /// - Throws: ``StoreError`` `diskFull`, `readOnly` when the try count cannot be stored.
    public func verifyPIN(code: EmployeeCode, pin: String, now: Date = Date()) async throws -> PINVerification {
        let record = try await read("employee \(code)") { db in
            try EmployeeRecord.fetchOne(db, key: code.rawValue)
        }
        guard let record, record.active else { return .unknownEmployee }
        if let until = record.pinLockedUntil, until > now { return .lockedUntil(until) }
        guard let digest = record.pinDigest else { return .noPINSet }
        let matches = try await pinHasher.matches(pin: pin, digest: digest)
        let maxTries = options.pinLockoutTries
        let lockSeconds = TimeInterval(options.pinLockoutMinutes * 60)
        return try await write("PIN tries \(code)") { db in
            // Re-read: another try may have locked this person while the KDF ran.
            guard let current = try EmployeeRecord.fetchOne(db, key: code.rawValue) else { return .unknownEmployee }
            if let until = current.pinLockedUntil, until > now { return .lockedUntil(until) }
            if matches {
                // Write only when there is something to reset: a right PIN costs no fsync.
                if current.pinFailedTries != 0 || current.pinLockedUntil != nil {
                    try db.execute(sql: "UPDATE employee SET pinFailedTries = 0, pinLockedUntil = NULL WHERE code = ?",
                                   arguments: [code.rawValue])
                }
                return .ok
            }
            let tries = current.pinFailedTries + 1
            if tries >= maxTries {
                let until = now.addingTimeInterval(lockSeconds)
                try db.execute(sql: "UPDATE employee SET pinFailedTries = 0, pinLockedUntil = ? WHERE code = ?",
                               arguments: [until, code.rawValue])
                try Self.appendAudit(db, actor: code, action: "pin.locked", detail: "\(maxTries) wrong tries", now: now)
                return .lockedUntil(until)
            }
            try db.execute(sql: "UPDATE employee SET pinFailedTries = ?, pinLockedUntil = NULL WHERE code = ?",
                           arguments: [tries, code.rawValue])
            return .wrong(triesLeft: maxTries - tries)
        }
    }
}
