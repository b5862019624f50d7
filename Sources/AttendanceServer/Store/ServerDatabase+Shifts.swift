import PostgresNIO

// MARK: - Shifts

extension ServerDatabase {
    /// Every shift.
    public func shifts() async throws -> [AdminShift] {
        var list: [AdminShift] = []
        for try await (name, start, end) in try await client.query(
            "SELECT name, start_minute, end_minute FROM shifts ORDER BY start_minute, name", logger: logger).decode((String, Int, Int).self) {
            list.append(AdminShift(name: name, start: ShiftClock.text(minutes: start), end: ShiftClock.text(minutes: end)))
        }
        return list
    }

    /// Creates or changes a shift.
    ///
    /// - Throws: 400 when a time is not `HH:MM`; 422 when start equals end.
    public func save(shift: AdminShift) async throws {
        guard !shift.name.isEmpty, shift.name.count <= 64, !shift.name.contains("/") else {
            throw APIError.badRequest("shift name '\(shift.name)' must be 1...64 characters without '/'")
        }
        guard let start = ShiftClock.minutes(shift.start) else { throw APIError.badRequest("start '\(shift.start)' is not HH:MM") }
        guard let end = ShiftClock.minutes(shift.end) else { throw APIError.badRequest("end '\(shift.end)' is not HH:MM") }
        guard start != end else { throw APIError.unprocessable("shift '\(shift.name)' starts and ends at \(shift.start)") }
        try await transaction { connection in
            let version = try await Self.nextRosterVersion(connection, logger: logger)
            try await connection.query("""
                INSERT INTO shifts (name, start_minute, end_minute, roster_version) VALUES (\(shift.name), \(start), \(end), \(version))
                ON CONFLICT (name) DO UPDATE SET start_minute = EXCLUDED.start_minute, end_minute = EXCLUDED.end_minute,
                    roster_version = EXCLUDED.roster_version
                """, logger: logger)
        }
    }

    /// Deletes a shift no schedule uses; every site's kiosks are told.
    ///
    /// - Throws: 404 when it does not exist, 409 while schedules use it.
    public func deleteShift(named name: String) async throws {
        try await transaction { connection in
            let users = try await connection.query("SELECT COUNT(*)::int8 FROM schedules WHERE shift_name = \(name)", logger: logger)
                .decode(Int64.self).first { _ in true } ?? 0
            guard users == 0 else {
                throw APIError(.conflict, "shift '\(name)' is used by \(users) schedule lines; change those schedules first")
            }
            let version = try await Self.nextRosterVersion(connection, logger: logger)
            let deleted = try await connection.query("DELETE FROM shifts WHERE name = \(name) RETURNING name", logger: logger)
                .decode(String.self).first { _ in true }
            guard deleted != nil else { throw APIError.notFound("shift '\(name)' does not exist") }
            try await connection.query("""
                INSERT INTO roster_deletions (version, site_id, kind, key) SELECT \(version), id, 'shift', \(name) FROM sites
                """, logger: logger)
        }
    }
}
