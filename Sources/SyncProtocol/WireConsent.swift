public import Foundation

/// The consent record that goes with an enrolment (GDPR art. 9: explicit consent, who recorded it, when).
public struct WireConsent: Codable, Hashable, Sendable {
    /// The consent record's UUID.
    public var id: UUID
    /// When the employee gave consent.
    public var givenAt: Date
    /// The supervisor who recorded it (employee code).
    public var recordedBy: String
    /// Which consent text the employee accepted (e.g. `consent-es-2024-01`).
    public var textVersion: String

    /// Makes a consent record.
    public init(id: UUID, givenAt: Date, recordedBy: String, textVersion: String) {
        self.id = id
        self.givenAt = givenAt
        self.recordedBy = recordedBy
        self.textVersion = textVersion
    }
}
