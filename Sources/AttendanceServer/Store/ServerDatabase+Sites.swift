import PostgresNIO

// MARK: - Sites

extension ServerDatabase {
    /// Every site.
    public func sites() async throws -> [AdminSite] {
        var list: [AdminSite] = []
        for try await (id, name) in try await client.query("SELECT id, name FROM sites ORDER BY id", logger: logger)
            .decode((String, String).self) { list.append(AdminSite(id: id, name: name)) }
        return list
    }

    /// Creates or renames a site.
    public func save(site: AdminSite) async throws {
        guard !site.id.isEmpty, site.id.count <= 64, !site.id.contains("/") else {
            throw APIError.badRequest("site id '\(site.id)' must be 1...64 characters without '/'")
        }
        try await client.query("""
            INSERT INTO sites (id, name) VALUES (\(site.id), \(site.name)) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name
            """, logger: logger)
    }
}
