public import Foundation

/// The server's answer for one item of a batch.
public struct ItemResult: Codable, Hashable, Sendable {
    /// The item's UUID (punch or template).
    public var id: UUID
    /// Accepted, duplicate or rejected.
    public var outcome: ItemOutcome
    /// Why it was rejected, in plain words; nil otherwise.
    public var reason: String?

    /// Makes a result.
    public init(id: UUID, outcome: ItemOutcome, reason: String? = nil) {
        self.id = id
        self.outcome = outcome
        self.reason = reason
    }
}
