public import Foundation
import GRDB

// MARK: - Sync state

extension KioskStore {
    static let rosterVersionKey = "rosterVersion"

    /// The roster version last applied (0 before the first pull): the sync client asks the server for what
    /// changed since it.
    public func rosterVersion() async throws -> Int64 {
        try await read("roster version") { db in
            try SyncStateRecord.fetchOne(db, key: Self.rosterVersionKey).flatMap { Int64($0.value) } ?? 0
        }
    }

    /// When the roster was last applied, nil before the first pull (for diagnostics).
    public func rosterAppliedAt() async throws -> Date? {
        try await read("roster applied at") { db in
            try SyncStateRecord.fetchOne(db, key: Self.rosterVersionKey)?.updatedAt
        }
    }

    static let lastPunchCursorKey = "lastPunchCursor"

    /// The server's cursor in the site's latest punches after the last roster applied (0 before the first):
    /// the next pull asks only for the punches written since.
    public func lastPunchCursor() async throws -> Int64 {
        try await read("last punch cursor") { db in
            try SyncStateRecord.fetchOne(db, key: Self.lastPunchCursorKey).flatMap { Int64($0.value) } ?? 0
        }
    }

    static func storeLastPunchCursor(_ db: Database, _ cursor: Int64, now: Date) throws {
        try SyncStateRecord(key: lastPunchCursorKey, value: String(cursor), updatedAt: now).upsert(db)
    }

    static func storeRosterVersion(_ db: Database, _ version: Int64, now: Date) throws {
        try SyncStateRecord(key: rosterVersionKey, value: String(version), updatedAt: now).upsert(db)
    }
}
