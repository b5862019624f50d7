public import Foundation
public import KioskStore
public import SyncProtocol

/// The kiosk's database is what the sync client syncs: the outbox methods are the store's own; the roster
/// and enrolments are mapped between the wire types and the store's.
extension KioskStore: SyncStore {
    /// Maps the wire delta onto a ``RosterUpdate`` and applies it in one transaction.
    public func applyRoster(_ delta: RosterDelta) async throws {
        try await applyRoster(RosterUpdate(delta))
    }

    /// The due enrolments in wire form.
    public func enrolmentsToUpload(now: Date, limit: Int) async throws -> [WireEnrolment] {
        try await dueEnrolments(now: now, limit: limit).map(WireEnrolment.init)
    }

    /// The due corrections in wire form.
    public func correctionsToUpload(now: Date, limit: Int) async throws -> [WireCorrection] {
        try await dueCorrections(now: now, limit: limit).map { WireCorrection($0.correction, localDate: $0.localDate) }
    }

    /// The due consent withdrawals in wire form.
    public func consentWithdrawalsToUpload(now: Date, limit: Int) async throws -> [WireConsentWithdrawal] {
        try await dueConsentWithdrawals(now: now, limit: limit).map { item in
            WireConsentWithdrawal(id: item.id, employeeCode: item.employee.rawValue, recordedBy: item.recordedBy.rawValue,
                                  withdrawnAt: item.at)
        }
    }
}
