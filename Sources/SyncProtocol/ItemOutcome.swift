/// What the server did with one item (punch or enrolment) of a batch.
public enum ItemOutcome: String, Codable, Hashable, Sendable {
    /// Stored now.
    case accepted
    /// Already stored by an earlier request: counts as delivered.
    case duplicate
    /// Refused for good (the reason says why); sending it again gives the same answer.
    case rejected

    /// True when the kiosk may consider the item delivered (accepted or duplicate).
    public var isDelivered: Bool { self != .rejected }
}
