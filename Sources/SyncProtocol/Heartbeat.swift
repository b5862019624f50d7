public import Foundation

/// `POST /api/v1/heartbeat`: the kiosk's state, so the administrator sees every door.
///
/// `rosterVersion` is the roster version the kiosk has applied: it confirms every deletion up to it
/// (how the server knows which kiosks have deleted a withdrawn employee's templates).
public struct Heartbeat: Codable, Hashable, Sendable {
    /// The kiosk software's version.
    public var softwareVersion: String
    /// The roster version applied.
    public var rosterVersion: Int64
    /// The camera's state in a word or two (`ok`, `disconnected`, `replay`).
    public var camera: String
    /// Punches waiting to be sent.
    public var queueDepth: Int
    /// The kiosk's clock when it sent this.
    public var clock: Date
    /// The last error the kiosk saw, if any.
    public var lastError: String?

    /// Makes a heartbeat.
    public init(softwareVersion: String, rosterVersion: Int64, camera: String, queueDepth: Int, clock: Date,
                lastError: String?) {
        self.softwareVersion = softwareVersion
        self.rosterVersion = rosterVersion
        self.camera = camera
        self.queueDepth = queueDepth
        self.clock = clock
        self.lastError = lastError
    }
}
