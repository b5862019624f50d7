public import Foundation

/// A kiosk as the administrator sees it: where it is and when it was last heard from.
public struct KioskStatus: Codable, Hashable, Sendable {
    /// Server-assigned id.
    public var id: String
    /// Door name.
    public var name: String
    /// Site.
    public var site: String
    /// When it registered.
    public var registeredAt: Date
    /// Its last heartbeat, nil when never heard from.
    public var lastHeartbeatAt: Date?
    /// Seconds since the last heartbeat, nil when never heard from.
    public var secondsSinceHeartbeat: Int?
    /// Software version reported.
    public var softwareVersion: String?
    /// Camera state reported.
    public var camera: String?
    /// Punches waiting on the kiosk.
    public var queueDepth: Int?
    /// Kiosk clock minus server clock at the last heartbeat, seconds.
    public var clockSkewSeconds: Double?
    /// The last error it reported.
    public var lastError: String?
    /// Roster version it has applied.
    public var appliedRosterVersion: Int64
    /// When its token was revoked; nil while it may sync.
    public var revokedAt: Date?
}
