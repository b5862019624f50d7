/// How many outbox items are in each state (the header's queue depth, the heartbeat).
public struct OutboxCounts: Hashable, Sendable {
    public var pending: Int
    public var sent: Int
    public var acknowledged: Int
    /// Pending punches only: what the screen calls "en cola".
    public var pendingPunches: Int

    public init(pending: Int = 0, sent: Int = 0, acknowledged: Int = 0, pendingPunches: Int = 0) {
        self.pending = pending
        self.sent = sent
        self.acknowledged = acknowledged
        self.pendingPunches = pendingPunches
    }

    /// Items not yet delivered (pending + sent).
    public var undelivered: Int { pending + sent }
}
