public import Foundation

/// A biometric deletion and which kiosks of the site have confirmed it (applied its roster version).
public struct BiometricDeletionStatus: Codable, Hashable, Sendable {
    /// Whose templates.
    public var employeeCode: String
    /// The site whose kiosks must delete them.
    public var site: String
    /// When it was asked.
    public var requestedAt: Date
    /// The roster version that carries the deletion.
    public var rosterVersion: Int64
    /// Templates deleted on the server.
    public var templatesDeleted: Int
    /// Kiosks that have applied the deletion.
    public var confirmedKiosks: [String]
    /// Kiosks that have not yet: their copies may still exist.
    public var pendingKiosks: [String]
}
