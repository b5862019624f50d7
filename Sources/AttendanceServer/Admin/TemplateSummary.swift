public import Foundation

/// A face template's metadata (never the descriptor) for the administrator.
public struct TemplateSummary: Codable, Hashable, Sendable {
    /// Template UUID.
    public var id: UUID
    /// When it was enrolled.
    public var enrolledAt: Date
    /// The kiosk that enrolled it.
    public var enrolledByKiosk: String?
    /// When consent was given.
    public var consentGivenAt: Date
    /// Who recorded the consent.
    public var consentRecordedBy: String
    /// Consent text version.
    public var consentTextVersion: String
}
