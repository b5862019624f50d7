public import Foundation

/// A biometric consent withdrawn at a kiosk (the templates already deleted there), going up so that the
/// server deletes them too and, through the roster, every other kiosk of the site.
public struct WireConsentWithdrawal: Codable, Hashable, Sendable {
    /// The withdrawal's UUID (the kiosk's consent record); the server de-duplicates on it.
    public var id: UUID
    /// Whose consent.
    public var employeeCode: String
    /// The supervisor who recorded it (employee code).
    public var recordedBy: String
    /// When it was withdrawn.
    public var withdrawnAt: Date

    /// Makes a wire withdrawal.
    public init(id: UUID, employeeCode: String, recordedBy: String, withdrawnAt: Date) {
        self.id = id
        self.employeeCode = employeeCode
        self.recordedBy = recordedBy
        self.withdrawnAt = withdrawnAt
    }
}
