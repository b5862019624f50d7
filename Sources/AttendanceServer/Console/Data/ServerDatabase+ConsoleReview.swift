import Foundation
import PostgresNIO

// MARK: - What the console's review queue reads

extension ServerDatabase {
    /// The site a punch was recorded at, nil for an unknown punch: the console checks it against the reviewer's
    /// site before any decision (the shared review code serves the administrator's API, which may decide any site's).
    func siteOfPunch(_ id: UUID) async throws -> String? {
        try await client.query("SELECT site_id FROM punches WHERE id = \(id)", logger: logger).decode(String.self).first { _ in true }
    }
}
