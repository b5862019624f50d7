import Attendance
import Foundation
import KioskStore
import KioskSync
import SyncProtocol

/// A `SyncStore` in memory: the outbox rows and the applied roster, so the client's behaviour is checked
/// against the real server without a kiosk database.
actor MemorySyncStore: SyncStore {
    struct Row {
        var punch: Punch
        var state: OutboxState
        var nextAttemptAt: Date?
        var lastError: String?
    }

    private(set) var rows: [UUID: Row] = [:]
    private(set) var version: Int64 = 0
    private(set) var punchCursor: Int64 = 0
    private(set) var applied: [RosterDelta] = []

    init(punches: [Punch]) {
        for punch in punches { rows[punch.id] = Row(punch: punch, state: .pending) }
    }

    func duePunches(now: Date, limit: Int) async throws -> [Punch] {
        Array(rows.values.filter { $0.state == .pending && ($0.nextAttemptAt ?? .distantPast) <= now }
            .map(\.punch).sorted { $0.sequence < $1.sequence }.prefix(limit))
    }

    func markOutbox(_ ids: [UUID], kind: OutboxItemKind, as state: OutboxState, error: String?, nextAttemptAt: Date?,
                    now: Date) async throws {
        for id in ids where rows[id] != nil && rows[id]?.state != .acknowledged {
            rows[id]?.state = state
            rows[id]?.nextAttemptAt = nextAttemptAt
            if let error { rows[id]?.lastError = error }
        }
    }

    func outboxCounts() async throws -> OutboxCounts {
        var counts = OutboxCounts()
        for row in rows.values {
            switch row.state {
            case .pending: counts.pending += 1; counts.pendingPunches += 1
            case .sent: counts.sent += 1
            case .acknowledged: counts.acknowledged += 1
            }
        }
        return counts
    }

    func rosterVersion() async throws -> Int64 { version }

    func lastPunchCursor() async throws -> Int64 { punchCursor }

    func applyRoster(_ delta: RosterDelta) async throws {
        applied.append(delta)
        version = delta.version
        punchCursor = delta.punchesCursor
    }

    /// This store holds no enrolments.
    func enrolmentsToUpload(now: Date, limit: Int) async throws -> [WireEnrolment] { [] }

    /// This store holds no enrolments, so none is removed.
    func removeRejectedEnrolments(_ rejections: [RejectedEnrolment], now: Date) async throws -> Int { 0 }

    /// This store holds punches only: no corrections or consent withdrawals go up from it.
    func correctionsToUpload(now: Date, limit: Int) async throws -> [WireCorrection] { [] }

    func consentWithdrawalsToUpload(now: Date, limit: Int) async throws -> [WireConsentWithdrawal] { [] }

    func count(_ state: OutboxState) -> Int { rows.values.filter { $0.state == state }.count }
}
