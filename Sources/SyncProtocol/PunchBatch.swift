/// `POST /api/v1/punches`: up to ``SyncAPI/maxBatchSize`` punches.
public struct PunchBatch: Codable, Hashable, Sendable {
    /// The punches, in any order.
    public var punches: [WirePunch]

    /// Makes a batch.
    public init(punches: [WirePunch]) { self.punches = punches }
}
