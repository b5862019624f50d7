public import Foundation
import Attendance
import GRDB

// MARK: - Seed

extension KioskStore {
    /// Inserts what a kiosk needs to start, idempotently: roles, shifts (tolerance 15 min), the supervisor
    /// S001 and technician T001, and in demo mode E001–E003 on Completo Monday–Friday. Existing rows are
    /// never changed. Run it after the models load (DESIGN.md start-up order).
    ///
    /// S001 and T001 get a first-run PIN (6 random digits) only while they have none: it is returned once in
    /// ``SeedReport/generatedPINs`` and stored only as a hash; later runs never regenerate it.
    ///
    /// - Parameter demo: `[kiosk] demo`.
    /// - Returns: inserted vs kept; a second run reports ``SeedReport/changedNothing``.
    public func seed(demo: Bool, now: Date = Date()) async throws -> SeedReport {
        var report = try await write("seed") { db -> SeedReport in
            var report = SeedReport()
            func note(_ inserted: Bool, _ what: String) {
                if inserted { report.inserted.append(what) } else { report.kept.append(what) }
            }
            for role in Role.allCases {
                try db.execute(sql: "INSERT OR IGNORE INTO role (name) VALUES (?)", arguments: [role.rawValue])
                note(db.changesCount == 1, "role \(role.rawValue)")
            }
            for shift in StoreSeeds.shifts {
                try ShiftRecord(shift, toleranceMinutes: StoreSeeds.toleranceMinutes).insert(db, onConflict: .ignore)
                note(db.changesCount == 1, "shift \(shift.name)")
            }
            for employee in StoreSeeds.staff + (demo ? StoreSeeds.demoEmployees : []) {
                try EmployeeRecord(employee).insert(db, onConflict: .ignore)
                note(db.changesCount == 1, "employee \(employee.code)")
            }
            if demo {
                for employee in StoreSeeds.demoEmployees {
                    for day in StoreSeeds.demoWeekdays {
                        let line = Schedule(employee: employee.code, weekday: day, shiftName: StoreSeeds.demoShiftName,
                                            entryToleranceMinutes: StoreSeeds.toleranceMinutes,
                                            exitToleranceMinutes: StoreSeeds.toleranceMinutes)
                        try ScheduleRecord(line).insert(db, onConflict: .ignore)
                        note(db.changesCount == 1, "schedule \(employee.code) \(day.rawValue) \(StoreSeeds.demoShiftName)")
                    }
                }
            }
            if !report.inserted.isEmpty {
                try Self.appendAudit(db, actor: AuditEntry.systemActor, action: "seed",
                                     detail: "\(report.inserted.count) inserted, demo \(demo)", now: now)
            }
            return report
        }

        let needPIN = try await read("seed PINs") { db in
            try String.fetchAll(db, sql: "SELECT code FROM employee WHERE pinHash IS NULL AND code IN (?, ?) ORDER BY code",
                                arguments: StatementArguments(StoreSeeds.staff.map(\.code.rawValue)))
        }
        var generator = SystemRandomNumberGenerator()
        for code in needPIN.map(EmployeeCode.init(rawValue:)) {
            let pin = String(UInt32.random(in: 0..<1_000_000, using: &generator) + 1_000_000).dropFirst()
            let digest = try await pinHasher.digest(pin: String(pin))
            // Only while still unset: a PIN set meanwhile (or by a concurrent seed) is never replaced.
            let stored = try await write("seed PIN \(code)") { db -> Bool in
                try db.execute(sql: """
                    UPDATE employee SET pinAlgorithm = ?, pinRounds = ?, pinSalt = ?, pinHash = ?,
                        pinFailedTries = 0, pinLockedUntil = NULL
                    WHERE code = ? AND pinHash IS NULL
                    """, arguments: [digest.algorithm, digest.rounds, digest.salt, digest.hash, code.rawValue])
                guard db.changesCount == 1 else { return false }
                try Self.appendAudit(db, actor: AuditEntry.systemActor, action: "pin.generated", detail: code.rawValue, now: now)
                return true
            }
            if stored { report.generatedPINs[code] = String(pin) }
        }
        return report
    }
}
