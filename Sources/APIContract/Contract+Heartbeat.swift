public import SyncProtocol

// Heartbeats and registration, between the contract (generated) and the sync protocol.

extension Components.Schemas.Heartbeat {
    /// The contract's form of `heartbeat`; an error text longer than the contract allows is cut.
    public init(_ heartbeat: Heartbeat) {
        self.init(softwareVersion: heartbeat.softwareVersion, rosterVersion: heartbeat.rosterVersion, camera: heartbeat.camera,
                  queueDepth: Int32(clamping: heartbeat.queueDepth), clock: heartbeat.clock,
                  lastError: heartbeat.lastError.map { String($0.unicodeScalars.prefix(2000)) })
    }
}

extension Heartbeat {
    /// The sync protocol's form of a checked contract heartbeat.
    public init(_ heartbeat: Components.Schemas.Heartbeat) {
        self.init(softwareVersion: heartbeat.softwareVersion, rosterVersion: heartbeat.rosterVersion, camera: heartbeat.camera,
                  queueDepth: Int(heartbeat.queueDepth), clock: heartbeat.clock, lastError: heartbeat.lastError)
    }
}

extension Components.Schemas.HeartbeatReply {
    /// The contract's form of `reply`.
    public init(_ reply: HeartbeatReply) {
        self.init(serverTime: reply.serverTime, rosterVersion: reply.rosterVersion)
    }
}

extension Components.Schemas.KioskCredentials {
    /// The contract's form of `credentials`.
    public init(_ credentials: KioskCredentials) {
        self.init(kioskID: credentials.kioskID, site: credentials.site, token: credentials.token)
    }
}

extension KioskCredentials {
    /// The sync protocol's form of contract credentials.
    public init(_ credentials: Components.Schemas.KioskCredentials) {
        self.init(kioskID: credentials.kioskID, site: credentials.site, token: credentials.token)
    }
}

extension KioskRegistrationRequest {
    /// The sync protocol's form of a checked contract request.
    public init(_ request: Components.Schemas.KioskRegistrationRequest) {
        self.init(code: request.code, name: request.name)
    }
}
