public import Attendance
public import Foundation
public import KioskStore
public import SyncProtocol

/// What the sync client needs from the kiosk's database.
///
/// `KioskStore` provides the outbox half (`duePunches`, `markOutbox`, `outboxCounts`); the roster half
/// (`rosterVersion`, `applyRoster`) must apply a delta in one transaction and never delete a local
/// enrolment the server has not acknowledged.
public protocol SyncStore: Sendable {
    /// Punches whose outbox row is due, oldest first.
    func duePunches(now: Date, limit: Int) async throws -> [Punch]
    /// Moves outbox items to `state`; `pending` with an error schedules the next attempt.
    func markOutbox(_ ids: [UUID], kind: OutboxItemKind, as state: OutboxState, error: String?, nextAttemptAt: Date?,
                    now: Date) async throws
    /// Outbox counts.
    func outboxCounts() async throws -> OutboxCounts
    /// The roster version applied (0 before the first pull).
    func rosterVersion() async throws -> Int64
    /// Applies a roster delta in one transaction and stores its version.
    func applyRoster(_ delta: RosterDelta) async throws
}
