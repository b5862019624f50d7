/// Where an outbox item is on its way to the server.
public enum OutboxState: String, Sendable, CaseIterable {
    /// Not yet sent, or sent and failed (see attempts, last error, next attempt).
    case pending
    /// Sent, no answer yet.
    case sent
    /// The server answered accepted or duplicate: delivered.
    case acknowledged
}
