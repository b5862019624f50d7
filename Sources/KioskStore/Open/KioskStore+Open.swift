import BlockingWork
public import Foundation
import GRDB

// MARK: - Open

extension KioskStore {
    /// Opens (or creates) the kiosk database: checks it, migrates it, makes sure the kiosk has an id and the
    /// template key exists.
    ///
    /// A file that is not SQLite or fails the check does not stop the door: it is moved aside to
    /// `<name>.corrupt-<timestamp>` (never deleted), a fresh database is created, what is readable is
    /// salvaged, and an alarm stays until a technician acknowledges it. ``openReport`` says what happened.
    ///
    /// - Parameters:
    ///   - path: The database file; its folder must exist.
    ///   - options: Time zone, rules and lockout settings from `kiosk.conf`.
    ///   - now: The clock (tests pass a fixed instant).
    /// - Throws: ``StoreError`` `cannotOpen` (missing folder, permissions), `templateKeyMissing`,
    ///   `templateKeyInvalid`.
    public static func open(path: String, options: StoreOptions = StoreOptions(), now: Date = Date()) async throws -> KioskStore {
        try await DedicatedThread.run(name: "store-open") {
            try openBlocking(path: path, options: options, now: now)
        }
    }

    private static func openBlocking(path: String, options: StoreOptions, now: Date) throws -> KioskStore {
        let started = ContinuousClock.now
        let fm = FileManager.default
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw StoreError(.cannotOpen, context: path)
        }
        let checkName = options.fullIntegrityCheck ? "integrity_check" : "quick_check"
        var created = !fm.fileExists(atPath: path)
        var existing: DatabasePool?
        var corruption: String?
        do {
            let opened = try makePool(path: path)
            existing = opened
            if !created {
                let lines = try opened.read { try String.fetchAll($0, sql: "PRAGMA \(checkName)") }
                if lines != ["ok"] { corruption = "\(checkName): " + lines.prefix(5).joined(separator: "; ") }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
            corruption = "SQLite \(error.resultCode.rawValue): \(error.message ?? "not a database")"
        } catch {
            throw StoreError(.cannotOpen, context: path, underlying: error)
        }

        let pool: DatabasePool
        var recoveryMove: (movedTo: String, reason: String)?
        if let reason = corruption {
            try? existing?.close()
            existing = nil
            let movedTo = try CorruptDatabaseRecovery.moveAside(path: path, now: now)
            recoveryMove = (movedTo, reason)
            do {
                pool = try makePool(path: path)
            } catch {
                throw StoreError(.cannotOpen, context: path, underlying: error)
            }
            created = true
        } else if let existing {
            pool = existing
        } else {
            throw StoreError(.cannotOpen, context: path)
        }

        let migrator = StoreMigrations.migrator
        let applied: [String]
        do {
            let before = try pool.read { try migrator.appliedIdentifiers($0) }
            try migrator.migrate(pool)
            let after = try pool.read { try migrator.appliedIdentifiers($0) }
            applied = migrator.migrations.filter { after.contains($0) && !before.contains($0) }
            // GRDB sets synchronous=NORMAL with WAL; FULL makes every commit durable before we greet.
            try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
        } catch {
            throw StoreError(.cannotOpen, context: path, underlying: error)
        }

        var recovery: OpenReport.Recovery?
        if let recoveryMove {
            let salvaged = CorruptDatabaseRecovery.salvage(from: recoveryMove.movedTo, into: pool, now: now)
            let alarmID = try pool.write { db -> Int64 in
                var alarm = AlarmRecord(kind: AlarmKind.databaseRecovered.rawValue,
                                        detail: "\(recoveryMove.reason) — moved to \(recoveryMove.movedTo); salvaged: "
                                            + CorruptDatabaseRecovery.summary(salvaged),
                                        raisedAt: now)
                try alarm.insert(db)
                var audit = AuditLogRecord(at: now, actorCode: AuditEntry.systemActor.rawValue,
                                           action: "database.recovered", detail: "moved to \(recoveryMove.movedTo)")
                try audit.insert(db)
                return alarm.id ?? 0
            }
            recovery = OpenReport.Recovery(reason: recoveryMove.reason, movedTo: recoveryMove.movedTo,
                                           salvaged: salvaged, alarmID: alarmID)
        }

        let (kioskID, templateCount) = try pool.write { db -> (String, Int) in
            let identity: KioskIdentityRecord
            if let existing = try KioskIdentityRecord.fetchOne(db) {
                identity = existing
            } else {
                identity = KioskIdentityRecord(kioskID: "kiosk-" + UUID().uuidString.lowercased(),
                                               assignedByServer: false, createdAt: now, updatedAt: now)
                try identity.insert(db)
            }
            return (identity.kioskID, try FaceTemplateRecord.fetchCount(db))
        }
        let (key, createdKey) = try TemplateKeyFile.loadOrCreate(at: TemplateKeyFile.path(forDatabase: path),
                                                                  templatesExist: templateCount > 0)
        let report = OpenReport(path: path, createdDatabase: created, appliedMigrations: applied, check: checkName,
                                recovery: recovery, createdTemplateKey: createdKey, kioskID: kioskID,
                                duration: ContinuousClock.now - started)
        return KioskStore(path: path, options: options, openReport: report, dbPool: pool, cipher: TemplateCipher(key: key))
    }

    /// A pool on `path`; foreign keys are on by GRDB's default configuration.
    static func makePool(path: String) throws -> DatabasePool {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(5)
        return try DatabasePool(path: path, configuration: config)
    }
}
