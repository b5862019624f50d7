public import Foundation

/// The answer to a heartbeat.
public struct HeartbeatReply: Codable, Hashable, Sendable {
    /// The server's clock (also in the `Date` header), to measure skew.
    public var serverTime: Date
    /// The newest roster version for the kiosk's site: a pull is due when it is above the kiosk's.
    public var rosterVersion: Int64

    /// Makes a reply.
    public init(serverTime: Date, rosterVersion: Int64) {
        self.serverTime = serverTime
        self.rosterVersion = rosterVersion
    }
}
