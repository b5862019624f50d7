public import Foundation

/// A one-time registration code, shown once (the server keeps its hash).
public struct RegistrationCode: Codable, Hashable, Sendable {
    /// The code.
    public var code: String
    /// Its site.
    public var site: String
    /// After this it is refused.
    public var expiresAt: Date
}
