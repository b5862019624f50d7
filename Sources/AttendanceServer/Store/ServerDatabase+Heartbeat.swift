public import Foundation
import PostgresNIO
public import SyncProtocol

// MARK: - Heartbeat

extension ServerDatabase {
    /// Records `kiosk`'s state; its roster version confirms the deletions up to it.
    public func record(heartbeat: Heartbeat, from kiosk: KioskIdentity, now: Date = Date()) async throws -> HeartbeatReply {
        let lastError = heartbeat.lastError.map { String($0.prefix(2000)) }
        try await client.query("""
            UPDATE kiosks SET last_heartbeat_at = \(now), software_version = \(String(heartbeat.softwareVersion.prefix(100))),
                camera_state = \(String(heartbeat.camera.prefix(100))), queue_depth = \(heartbeat.queueDepth),
                kiosk_clock = \(heartbeat.clock), last_error = \(lastError),
                applied_roster_version = GREATEST(applied_roster_version, \(heartbeat.rosterVersion))
            WHERE id = \(kiosk.id)
            """, logger: logger)
        let version = try await client.query("SELECT version FROM roster_version", logger: logger)
            .decode(Int64.self).first { _ in true } ?? 0
        return HeartbeatReply(serverTime: now, rosterVersion: version)
    }
}
