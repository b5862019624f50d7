import Foundation
import HTTPTypes
import PostgresNIO

// MARK: - Authenticate

extension ServerDatabase {
    /// Checks the request's `Authorization` header (a bearer token) for `access`.
    ///
    /// - Throws: ``APIError/unauthorized`` (401, no detail) when the token is missing, unknown or of the
    ///   other kind: a kiosk token never reaches an admin route, nor the reverse.
    func authenticate(authorization header: String?, for access: Access) async throws -> Caller {
        if access == .open { return .anonymous }
        guard let header, header.hasPrefix("Bearer ") else { throw APIError.unauthorized }
        let token = header.dropFirst("Bearer ".count).trimmingCharacters(in: .whitespaces)
        guard !token.isEmpty, token.count <= 512 else { throw APIError.unauthorized }
        let hash = TokenDigest.digest(token)
        switch access {
        case .admin:
            let found = try await client.query("SELECT 1 FROM admin_tokens WHERE token_hash = \(hash)", logger: logger)
                .decode(Int.self).first { _ in true }
            guard found != nil else { throw APIError.unauthorized }
            return .admin
        case .kiosk:
            let row = try await client.query("SELECT id, site_id FROM kiosks WHERE token_hash = \(hash) AND revoked_at IS NULL", logger: logger)
                .decode((String, String).self).first { _ in true }
            guard let (id, site) = row else { throw APIError.unauthorized }
            return .kiosk(KioskIdentity(id: id, site: site))
        case .open:
            return .anonymous
        }
    }
}
