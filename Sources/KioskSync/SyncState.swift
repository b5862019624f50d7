public import Foundation

/// What the sync client last did, for the header, the diagnostics screen and heartbeats.
public struct SyncState: Sendable, Hashable {
    /// When a push or pull last succeeded.
    public var lastSuccess: Date?
    /// The last failure's message (English; ``lastErrorSpanish`` for the screen in Spanish), nil after a success.
    public var lastError: String?
    /// The last failure's message in Spanish.
    public var lastErrorSpanish: String?
    /// Punches waiting to be sent.
    public var queued: Int
    /// Kiosk clock minus the server's `Date` header, seconds (positive: the kiosk is ahead).
    public var clockSkewSeconds: Double?
    /// The roster version applied.
    public var rosterVersion: Int64
    /// Failures in a row (the back-off's exponent).
    public var consecutiveFailures: Int
    /// When the next attempt is due.
    public var nextAttempt: Date?

    /// An empty state.
    public init(lastSuccess: Date? = nil, lastError: String? = nil, lastErrorSpanish: String? = nil, queued: Int = 0,
                clockSkewSeconds: Double? = nil, rosterVersion: Int64 = 0, consecutiveFailures: Int = 0, nextAttempt: Date? = nil) {
        self.lastSuccess = lastSuccess
        self.lastError = lastError
        self.lastErrorSpanish = lastErrorSpanish
        self.queued = queued
        self.clockSkewSeconds = clockSkewSeconds
        self.rosterVersion = rosterVersion
        self.consecutiveFailures = consecutiveFailures
        self.nextAttempt = nextAttempt
    }
}
