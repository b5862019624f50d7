public import Foundation
public import Attendance
import GRDB

// MARK: - Outbox

extension KioskStore {
    /// How many outbox items are pending, sent and acknowledged.
    public func outboxCounts() async throws -> OutboxCounts {
        try await read("outbox counts") { db in try Self.outboxCounts(db) }
    }

    /// Live outbox counts: a new value after every commit that changes them (the header's queue depth).
    ///
    /// For example:
    /// ```swift
    /// for try await counts in store.outboxCountsUpdates() { header.queued = counts.pendingPunches }
    /// ```
    public func outboxCountsUpdates() -> some AsyncSequence<OutboxCounts, any Error> {
        ValueObservation.tracking { db in try Self.outboxCounts(db) }
            .removeDuplicates()
            .values(in: dbPool)
    }

    static func outboxCounts(_ db: Database) throws -> OutboxCounts {
        var counts = OutboxCounts()
        let rows = try Row.fetchAll(db, sql: "SELECT state, itemKind, COUNT(*) AS n FROM outbox GROUP BY state, itemKind")
        for row in rows {
            let n: Int = row["n"]
            switch OutboxState(rawValue: row["state"]) {
            case .pending?:
                counts.pending += n
                if row["itemKind"] == OutboxItemKind.punch.rawValue { counts.pendingPunches += n }
            case .sent?: counts.sent += n
            case .acknowledged?: counts.acknowledged += n
            case nil: break
            }
        }
        return counts
    }

    /// The punches whose outbox row is due (pending, next attempt passed), oldest sequence first: what the
    /// sync client sends next.
    public func duePunches(now: Date = Date(), limit: Int = 500) async throws -> [Punch] {
        try await read("due punches") { db in
            try PunchRecord.fetchAll(db, sql: """
                SELECT punch.* FROM punch JOIN outbox ON outbox.itemKind = 'punch' AND outbox.itemID = punch.id
                WHERE outbox.state = 'pending' AND (outbox.nextAttemptAt IS NULL OR outbox.nextAttemptAt <= ?)
                ORDER BY punch.sequence LIMIT ?
                """, arguments: [now, limit]).compactMap(\.punch)
        }
    }

    /// Moves outbox items to a new state. `acknowledged` is final; `pending` with an error counts an attempt
    /// and schedules the next one.
    ///
    /// - Parameters:
    ///   - ids: Item ids (punch or template UUIDs) of one kind.
    ///   - kind: What the items are.
    ///   - state: The new state.
    ///   - error: Why the attempt failed (stored as last error), for `pending`.
    ///   - nextAttemptAt: When to try again, for `pending`.
    public func markOutbox(_ ids: [UUID], kind: OutboxItemKind, as state: OutboxState, error: String? = nil,
                           nextAttemptAt: Date? = nil, now: Date = Date()) async throws {
        try await write("outbox update") { db in
            for id in ids {
                let attemptIncrement = (state == .sent || error != nil) ? 1 : 0
                try db.execute(sql: """
                    UPDATE outbox SET state = ?, attempts = attempts + ?, lastError = COALESCE(?, lastError),
                        nextAttemptAt = ?, updatedAt = ?
                    WHERE itemKind = ? AND itemID = ? AND state != 'acknowledged'
                    """, arguments: [state.rawValue, attemptIncrement, error, nextAttemptAt, now, kind.rawValue, id.uuidString])
            }
        }
    }
}
