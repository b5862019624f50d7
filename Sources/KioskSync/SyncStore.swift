public import Attendance
public import Foundation
public import KioskStore
public import SyncProtocol

/// What the sync client needs from the kiosk's database.
///
/// `KioskStore` conforms (`KioskStore+SyncStore.swift`): the outbox (`duePunches`, `enrolmentsToUpload`,
/// `markOutbox`, `outboxCounts`) and the roster (`rosterVersion`, `applyRoster`), which applies a delta in one
/// transaction and never deletes a local enrolment the server has not acknowledged.
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
    /// The server's latest-punch cursor stored with the last roster applied (0 before the first pull).
    func lastPunchCursor() async throws -> Int64
    /// Applies a roster delta in one transaction and stores its version.
    func applyRoster(_ delta: RosterDelta) async throws
    /// Templates enrolled at this kiosk whose outbox row (kind `enrolment`) is due, oldest first, with their
    /// consent records.
    func enrolmentsToUpload(now: Date, limit: Int) async throws -> [WireEnrolment]
    /// Removes enrolments the server refused for good (``FaceConflictReason``): their templates and outbox
    /// rows go, the supervisor gets an alarm; returns how many were removed.
    func removeRejectedEnrolments(_ rejections: [RejectedEnrolment], now: Date) async throws -> Int

    /// Corrections made here that are due for upload.
    func correctionsToUpload(now: Date, limit: Int) async throws -> [WireCorrection]

    /// Consent withdrawals recorded here that are due for upload.
    func consentWithdrawalsToUpload(now: Date, limit: Int) async throws -> [WireConsentWithdrawal]
}
