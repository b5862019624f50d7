public import Foundation
import PostgresNIO
public import SyncProtocol

// MARK: - Kiosks

extension ServerDatabase {
    /// Registers a kiosk at `site`: a new id and token; only the token's SHA-256 is stored.
    ///
    /// - Throws: 404 when the site does not exist.
    public func registerKiosk(name: String, site: String) async throws -> KioskCredentials {
        try await transaction { connection in try await Self.registerKiosk(name: name, site: site, connection, logger: logger) }
    }

    static func registerKiosk(name: String, site: String, _ connection: PostgresConnection, logger: Logger) async throws -> KioskCredentials {
        let siteExists = try await connection.query("SELECT 1 FROM sites WHERE id = \(site)", logger: logger)
            .decode(Int.self).first { _ in true } != nil
        guard siteExists else { throw APIError.notFound("site '\(site)' does not exist; create it with POST /api/v1/admin/sites") }
        let id = "k-" + String(TokenDigest.makeToken(bytes: 6))
        let token = TokenDigest.makeToken()
        let cleanName = name.trimmingCharacters(in: .whitespacesAndNewlines)
        try await connection.query("""
            INSERT INTO kiosks (id, name, site_id, token_hash) VALUES (\(id), \(cleanName.isEmpty ? id : cleanName), \(site),
                \(TokenDigest.digest(token)))
            """, logger: logger)
        return KioskCredentials(kioskID: id, site: site, token: token)
    }

    /// Makes a one-time registration code for `site`, valid `validMinutes`.
    public func makeRegistrationCode(site: String, validMinutes: Int, now: Date = Date()) async throws -> RegistrationCode {
        guard (1...(7 * 24 * 60)).contains(validMinutes) else {
            throw APIError.badRequest("validMinutes \(validMinutes) must be 1...10080 (a week at most)")
        }
        let siteExists = try await client.query("SELECT 1 FROM sites WHERE id = \(site)", logger: logger)
            .decode(Int.self).first { _ in true } != nil
        guard siteExists else { throw APIError.notFound("site '\(site)' does not exist; create it with POST /api/v1/admin/sites") }
        // Twelve digits in groups: easy to type at a kiosk, 10^12 guesses; codes expire and work once.
        let digits = (0..<12).map { _ in String(Int.random(in: 0...9)) }.joined()
        let code = "\(digits.prefix(4))-\(digits.dropFirst(4).prefix(4))-\(digits.suffix(4))"
        let expires = now.addingTimeInterval(Double(validMinutes) * 60)
        try await client.query("""
            INSERT INTO kiosk_registration_codes (code_hash, site_id, expires_at) VALUES (\(TokenDigest.digest(code)), \(site), \(expires))
            """, logger: logger)
        return RegistrationCode(code: code, site: site, expiresAt: expires)
    }

    /// Redeems a one-time code: registers the kiosk and returns its id and token.
    ///
    /// - Throws: 403 when the code is unknown, used or expired.
    public func redeem(_ request: KioskRegistrationRequest, now: Date = Date()) async throws -> KioskCredentials {
        let code = request.code.trimmingCharacters(in: .whitespaces)
        return try await transaction { connection in
            let row = try await connection.query("""
                SELECT site_id FROM kiosk_registration_codes
                WHERE code_hash = \(TokenDigest.digest(code)) AND used_at IS NULL AND expires_at > \(now) FOR UPDATE
                """, logger: logger).decode(String.self).first { _ in true }
            guard let site = row else {
                throw APIError(.forbidden, "the registration code is unknown, used or expired; ask the administrator for a new one")
            }
            let credentials = try await Self.registerKiosk(name: request.name, site: site, connection, logger: logger)
            try await connection.query("""
                UPDATE kiosk_registration_codes SET used_at = \(now), kiosk_id = \(credentials.kioskID)
                WHERE code_hash = \(TokenDigest.digest(code))
                """, logger: logger)
            return credentials
        }
    }

    /// Every kiosk and when it was last heard from.
    public func kiosks(now: Date = Date()) async throws -> [KioskStatus] {
        var list: [KioskStatus] = []
        for try await (id, name, site, registered, heartbeat, version, camera, queue, clock, error, roster, revoked) in try await client.query("""
            SELECT id, name, site_id, registered_at, last_heartbeat_at, software_version, camera_state, queue_depth,
                   kiosk_clock, last_error, applied_roster_version, revoked_at
            FROM kiosks ORDER BY site_id, name, id
            """, logger: logger).decode((String, String, String, Date, Date?, String?, String?, Int?, Date?, String?, Int64, Date?).self) {
            list.append(KioskStatus(
                id: id, name: name, site: site, registeredAt: registered, lastHeartbeatAt: heartbeat,
                secondsSinceHeartbeat: heartbeat.map { Int(now.timeIntervalSince($0).rounded()) },
                softwareVersion: version, camera: camera, queueDepth: queue,
                clockSkewSeconds: zip2(clock, heartbeat).map { $0.timeIntervalSince($1) },
                lastError: error, appliedRosterVersion: roster, revokedAt: revoked))
        }
        return list
    }

    /// Revokes a kiosk: its token fails from the next request on (the row stays, with what it sent).
    ///
    /// - Throws: 404 for an unknown kiosk id.
    public func revoke(kiosk id: String, now: Date = Date()) async throws {
        let revoked = try await client.query(
            "UPDATE kiosks SET revoked_at = COALESCE(revoked_at, \(now)) WHERE id = \(id) RETURNING id", logger: logger)
            .decode(String.self).first { _ in true }
        guard revoked != nil else { throw APIError.notFound("kiosk '\(id)' does not exist; GET /api/v1/admin/kiosks lists them") }
    }
}

private func zip2<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
