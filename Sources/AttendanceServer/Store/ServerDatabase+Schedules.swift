import PostgresNIO
public import SyncProtocol

// MARK: - Schedules

extension ServerDatabase {
    /// An employee's schedule lines.
    ///
    /// - Throws: 404 for an unknown employee.
    public func schedules(of code: String) async throws -> [AdminSchedule] {
        let exists = try await client.query("SELECT 1 FROM employees WHERE code = \(code)", logger: logger)
            .decode(Int.self).first { _ in true } != nil
        guard exists else { throw APIError.notFound("employee '\(code)' does not exist") }
        var list: [AdminSchedule] = []
        for try await (weekday, shift, entry, exit, required) in try await client.query("""
            SELECT weekday, shift_name, entry_tolerance_minutes, exit_tolerance_minutes, required_minutes
            FROM schedules WHERE employee_code = \(code) ORDER BY weekday, shift_name
            """, logger: logger).decode((Int, String, Int, Int, Int?).self) {
            list.append(AdminSchedule(weekday: weekday, shiftName: shift, entryToleranceMinutes: entry,
                                      exitToleranceMinutes: exit, requiredMinutes: required))
        }
        return list
    }

    /// Replaces an employee's week: lines not in `lines` are deleted (and the site's kiosks told).
    ///
    /// - Throws: 400 for a bad weekday or tolerance; 422 for an unknown shift or a line given twice; 404 for an
    ///   unknown employee.
    public func replaceSchedules(of code: String, with lines: [AdminSchedule]) async throws {
        for line in lines {
            guard (1...7).contains(line.weekday) else { throw APIError.badRequest("weekday \(line.weekday) must be 1 (Monday) ... 7 (Sunday)") }
            for value in [line.entryToleranceMinutes, line.exitToleranceMinutes, line.requiredMinutes].compactMap({ $0 })
            where value < 0 || value > 24 * 60 {
                throw APIError.badRequest("minutes \(value) on weekday \(line.weekday) must be 0...1440")
            }
        }
        var seen: Set<String> = []
        for line in lines where !seen.insert("\(line.weekday)/\(line.shiftName)").inserted {
            throw APIError.unprocessable("weekday \(line.weekday) lists shift '\(line.shiftName)' twice; send each line once")
        }
        try await transaction { connection in
            let site = try await connection.query("SELECT site_id FROM employees WHERE code = \(code) FOR UPDATE", logger: logger)
                .decode(String.self).first { _ in true }
            guard let site else { throw APIError.notFound("employee '\(code)' does not exist") }
            var known: Set<String> = []
            for try await name in try await connection.query("SELECT name FROM shifts", logger: logger).decode(String.self) {
                known.insert(name)
            }
            for line in lines where !known.contains(line.shiftName) {
                throw APIError.unprocessable("shift '\(line.shiftName)' does not exist; create it with PUT /api/v1/admin/shifts/{name}")
            }
            let version = try await Self.nextRosterVersion(connection, logger: logger)
            let wanted = Set(lines.map { RosterDeletion.scheduleKey(employeeCode: code, weekday: $0.weekday, shiftName: $0.shiftName) })
            var removed: [String] = []
            for try await (weekday, shift) in try await connection.query(
                "DELETE FROM schedules WHERE employee_code = \(code) RETURNING weekday, shift_name", logger: logger)
                .decode((Int, String).self) {
                removed.append(RosterDeletion.scheduleKey(employeeCode: code, weekday: weekday, shiftName: shift))
            }
            for key in removed {
                if !wanted.contains(key) {
                    try await connection.query(
                        "INSERT INTO roster_deletions (version, site_id, kind, key) VALUES (\(version), \(site), 'schedule', \(key))",
                        logger: logger)
                }
            }
            for line in lines {
                try await connection.query("""
                    INSERT INTO schedules (employee_code, weekday, shift_name, entry_tolerance_minutes, exit_tolerance_minutes,
                        required_minutes, roster_version)
                    VALUES (\(code), \(line.weekday), \(line.shiftName), \(line.entryToleranceMinutes ?? 15),
                        \(line.exitToleranceMinutes ?? 15), \(line.requiredMinutes), \(version))
                    ON CONFLICT (employee_code, weekday, shift_name) DO UPDATE SET
                        entry_tolerance_minutes = EXCLUDED.entry_tolerance_minutes,
                        exit_tolerance_minutes = EXCLUDED.exit_tolerance_minutes,
                        required_minutes = EXCLUDED.required_minutes, roster_version = EXCLUDED.roster_version
                    """, logger: logger)
            }
        }
    }
}
