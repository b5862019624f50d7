public import Foundation

/// A template enrolled here that the server refused for good, with the server's reason.
public struct RejectedEnrolment: Sendable, Hashable {
    /// The template's UUID.
    public var id: UUID
    /// Why, in the server's words (e.g. the employee whose face it matched, and the distance).
    public var reason: String

    public init(id: UUID, reason: String) {
        self.id = id
        self.reason = reason
    }
}
