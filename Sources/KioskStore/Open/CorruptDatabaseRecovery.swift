import Foundation
import GRDB

/// Moves a corrupt database aside (never deleting it) and copies what is still readable into the new one.
enum CorruptDatabaseRecovery {
    /// Tables copied, parents before children. Each is read row by row: rows before a damaged page survive.
    static let salvageOrder = ["kioskIdentity", "role", "shift", "employee", "schedule", "consentRecord",
                               "faceTemplate", "punch", "correction", "outbox", "syncState", "auditLog", "alarm"]

    /// Renames `path` (and `-wal`, `-shm`) to `path.corrupt-<UTC timestamp>`; returns the new main path.
    static func moveAside(path: String, now: Date) throws -> String {
        let fm = FileManager.default
        let stamp = timestamp(now)
        var target = "\(path).corrupt-\(stamp)"
        var n = 1
        while fm.fileExists(atPath: target) {
            n += 1
            target = "\(path).corrupt-\(stamp)-\(n)"
        }
        do {
            try fm.moveItem(atPath: path, toPath: target)
            // Keep SQLite's naming so the moved file still finds its own WAL when opened for salvage.
            for suffix in ["-wal", "-shm"] where fm.fileExists(atPath: path + suffix) {
                try fm.moveItem(atPath: path + suffix, toPath: target + suffix)
            }
        } catch {
            throw StoreError(.cannotOpen, context: "\(path) → \(target)", underlying: error)
        }
        return target
    }

    /// Copies readable rows from the moved-aside file into `pool`. The old file is not touched: a copy is
    /// opened, so SQLite's recovery of its WAL cannot change the evidence. Returns rows copied per table.
    static func salvage(from movedPath: String, into pool: DatabasePool, now: Date) -> [String: Int] {
        let fm = FileManager.default
        let copy = NSTemporaryDirectory() + "kiosk-salvage-\(UUID().uuidString).sqlite"
        defer {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? fm.removeItem(atPath: copy + suffix) }
        }
        do {
            try fm.copyItem(atPath: movedPath, toPath: copy)
            if fm.fileExists(atPath: movedPath + "-wal") { try fm.copyItem(atPath: movedPath + "-wal", toPath: copy + "-wal") }
        } catch {
            return [:]
        }
        guard let old = try? DatabaseQueue(path: copy) else { return [:] }
        var counts: [String: Int] = [:]
        for table in salvageOrder {
            guard let oldColumns = try? old.read({ db in try db.columns(in: table).map(\.name) }), !oldColumns.isEmpty
            else { continue }
            var rows: [Row] = []
            // Read until the first unreadable row; keep what came before.
            try? old.read { db in
                let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier)")
                while let row = try cursor.next() { rows.append(row.copy()) }
            }
            guard !rows.isEmpty else { continue }
            let copied = try? pool.writeWithoutTransaction { db -> Int in
                let newColumns = Set(try db.columns(in: table).map(\.name))
                let columns = oldColumns.filter(newColumns.contains)
                guard !columns.isEmpty else { return 0 }
                // A punch must survive even when its employee's row was on a damaged page.
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
                var inserted = 0
                try db.inTransaction {
                    let sql = "INSERT OR IGNORE INTO \(table.quotedDatabaseIdentifier) ("
                        + columns.map(\.quotedDatabaseIdentifier).joined(separator: ",") + ") VALUES ("
                        + columns.map { _ in "?" }.joined(separator: ",") + ")"
                    let statement = try db.makeStatement(sql: sql)
                    for row in rows {
                        try statement.execute(arguments: StatementArguments(columns.map { row[$0] as DatabaseValue }))
                        inserted += db.changesCount
                    }
                    return .commit
                }
                return inserted
            }
            if let copied, copied > 0 { counts[table] = copied }
        }
        // Every salvaged punch without a readable outbox row goes out again; the server de-duplicates on UUID.
        let requeued = (try? pool.write { db -> Int in
            try db.execute(sql: """
                INSERT INTO outbox (itemKind, itemID, state, attempts, createdAt, updatedAt)
                SELECT 'punch', id, 'pending', 0, ?, ? FROM punch
                WHERE id NOT IN (SELECT itemID FROM outbox WHERE itemKind = 'punch')
                """, arguments: [now, now])
            return db.changesCount
        }) ?? 0
        if requeued > 0 { counts["outbox (requeued punches)"] = requeued }
        return counts
    }

    /// "punch 12, employee 3" (sorted), or "nothing" when no row could be read.
    static func summary(_ counts: [String: Int]) -> String {
        counts.isEmpty ? "nothing" : counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }

    private static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}
