public import Attendance
public import Foundation
import PostgresNIO

// MARK: - Holidays, leave, site policy and overtime approvals

extension ServerDatabase {
    /// Throws 404 unless `site` exists.
    func requireSite(_ site: String) async throws {
        let exists = try await client.query("SELECT 1 FROM sites WHERE id = \(site)", logger: logger).decode(Int.self).first { _ in true } != nil
        guard exists else { throw APIError.notFound("unknown site '\(site)'; create it first (PUT /api/v1/admin/sites)") }
    }

    /// Throws 404 unless `code` is an employee.
    func requireEmployee(_ code: String) async throws {
        let exists = try await client.query("SELECT 1 FROM employees WHERE code = \(code)", logger: logger).decode(Int.self).first { _ in true } != nil
        guard exists else { throw APIError.notFound("unknown employee code '\(code)'") }
    }

    /// Throws 422 unless `code` is an active supervisor or administrator: the person answerable for an approval.
    func requireSupervisor(_ code: String, field: String) async throws {
        let role = try await client.query("SELECT role FROM employees WHERE code = \(code) AND active", logger: logger)
            .decode(String.self).first { _ in true }
        guard let role, ["SUPERVISOR", "ADMINISTRADOR"].contains(role) else {
            throw APIError.unprocessable("\(field) '\(code)' is not an active supervisor or administrator")
        }
    }

    /// The holidays of `site` (one year, or all), by date.
    public func holidays(site: String, year: Int? = nil) async throws -> [Holiday] {
        try await requireSite(site)
        let from = LocalDate(year: year ?? 1900, month: 1, day: 1)
        let to = LocalDate(year: year ?? 2999, month: 12, day: 31)
        return try await holidays(sites: [site], from: from, to: to).map(\.1)
    }

    /// Holidays of `sites` in `from`…`to`, with their site.
    func holidays(sites: [String], from: LocalDate, to: LocalDate) async throws -> [(String, Holiday)] {
        var list: [(String, Holiday)] = []
        for try await (site, day, name) in try await client.query("""
            SELECT site_id, to_char(date, 'YYYY-MM-DD'), name FROM holidays
            WHERE site_id = ANY(\(sites)) AND date BETWEEN \(from.description)::date AND \(to.description)::date ORDER BY date, site_id
            """, logger: logger).decode((String, String, String).self) {
            if let date = LocalDate(day) { list.append((site, Holiday(date: date, name: name))) }
        }
        return list
    }

    /// Adds or renames a holiday of `site`, audited as `actor`; the site's stored days on that date are recomputed.
    public func save(holiday: Holiday, site: String, rules: PunchRules, actor: String = "admin") async throws {
        try await requireSite(site)
        try await transaction { connection in
            try await connection.query("""
                INSERT INTO holidays (site_id, date, name) VALUES (\(site), \(holiday.date.description)::date, \(holiday.name))
                ON CONFLICT (site_id, date) DO UPDATE SET name = EXCLUDED.name, updated_at = now()
                """, logger: logger)
            // A new roster version: doors pull the calendar only when it moves (see `roster(since:…)`).
            _ = try await Self.nextRosterVersion(connection, logger: logger)
            try await Self.audit(actor: actor, action: "holiday.save", detail: "\(site) \(holiday.date) \(holiday.name)", connection, logger: logger)
        }
        try await recomputeStored(from: holiday.date, to: holiday.date, site: site, cause: "holiday \(holiday.date) '\(holiday.name)' saved",
                                  rules: rules)
    }

    /// Removes a holiday of `site`, audited as `actor`; the site's stored days on that date are recomputed.
    public func deleteHoliday(on date: LocalDate, site: String, rules: PunchRules, actor: String = "admin") async throws {
        try await requireSite(site)
        let removed = try await transaction { connection in
            let name = try await connection.query(
                "DELETE FROM holidays WHERE site_id = \(site) AND date = \(date.description)::date RETURNING name", logger: logger)
                .decode(String.self).first { _ in true }
            if let name {
                _ = try await Self.nextRosterVersion(connection, logger: logger)
                try await Self.audit(actor: actor, action: "holiday.delete", detail: "\(site) \(date) \(name)", connection, logger: logger)
            }
            return name != nil
        }
        guard removed else { throw APIError.notFound("site '\(site)' has no holiday on \(date)") }
        try await recomputeStored(from: date, to: date, site: site, cause: "holiday \(date) removed", rules: rules)
    }

    /// One leave record as stored, with who granted it and whether it was cancelled.
    public struct StoredLeave: Sendable {
        /// The leave.
        public var leave: Leave
        /// Who granted it.
        public var createdBy: String
        /// When.
        public var createdAt: Date
        /// When it was cancelled, nil while it counts.
        public var cancelledAt: Date?
    }

    /// The leave of `code`, newest first, cancelled included.
    public func leave(of code: String) async throws -> [StoredLeave] {
        try await requireEmployee(code)
        var list: [StoredLeave] = []
        for try await (id, kind, from, to, portion, note, by, at, cancelled) in try await client.query("""
            SELECT id, kind, to_char(from_date, 'YYYY-MM-DD'), to_char(to_date, 'YYYY-MM-DD'), portion, note, created_by, created_at, cancelled_at
            FROM leave WHERE employee_code = \(code) ORDER BY created_at DESC, id
            """, logger: logger).decode((UUID, String, String, String, String, String, String, Date, Date?).self) {
            guard let kind = LeaveKind(rawValue: kind), let from = LocalDate(from), let to = LocalDate(to),
                  let portion = LeavePortion(rawValue: portion), from <= to else { continue }
            list.append(StoredLeave(leave: Leave(id: id, employee: EmployeeCode(code), kind: kind, from: from, to: to, portion: portion, note: note),
                                    createdBy: by, createdAt: at, cancelledAt: cancelled))
        }
        return list
    }

    /// Leave of `codes` overlapping `from`…`to` that is not cancelled.
    func leave(codes: [String], from: LocalDate, to: LocalDate) async throws -> [Leave] {
        var list: [Leave] = []
        for try await (id, code, kind, start, end, portion, note) in try await client.query("""
            SELECT id, employee_code, kind, to_char(from_date, 'YYYY-MM-DD'), to_char(to_date, 'YYYY-MM-DD'), portion, note
            FROM leave WHERE employee_code = ANY(\(codes)) AND cancelled_at IS NULL
                AND from_date <= \(to.description)::date AND to_date >= \(from.description)::date
            ORDER BY created_at, id
            """, logger: logger).decode((UUID, String, String, String, String, String, String).self) {
            guard let kind = LeaveKind(rawValue: kind), let start = LocalDate(start), let end = LocalDate(end),
                  let portion = LeavePortion(rawValue: portion), start <= end else { continue }
            list.append(Leave(id: id, employee: EmployeeCode(code), kind: kind, from: start, to: end, portion: portion, note: note))
        }
        return list
    }

    /// Grants leave, audited as `actor` (default `createdBy`); the person's stored days in its range are recomputed.
    ///
    /// - Throws: 404 for an unknown employee, 422 when `from` is after `to`, the range is longer than 366 days,
    ///   or `createdBy` is not an active supervisor or administrator.
    public func grant(_ leave: Leave, by createdBy: String, rules: PunchRules, actor: String? = nil) async throws -> StoredLeave {
        try await requireEmployee(leave.employee.rawValue)
        guard leave.from.adding(days: 366) >= leave.to else {
            throw APIError.unprocessable("leave from \(leave.from) to \(leave.to) is longer than 366 days; split it")
        }
        try await requireSupervisor(createdBy, field: "createdBy")
        let createdAt = try await transaction { connection in
            let at = try await connection.query("""
                INSERT INTO leave (id, employee_code, kind, from_date, to_date, portion, note, created_by)
                VALUES (\(leave.id), \(leave.employee.rawValue), \(leave.kind.rawValue), \(leave.from.description)::date,
                        \(leave.to.description)::date, \(leave.portion.rawValue), \(leave.note), \(createdBy))
                RETURNING created_at
                """, logger: logger).decode(Date.self).first { _ in true } ?? Date()
            _ = try await Self.nextRosterVersion(connection, logger: logger)
            try await Self.audit(actor: actor ?? createdBy, action: "leave.grant",
                                 detail: "\(leave.id) \(leave.employee) \(leave.kind.rawValue) \(leave.from)…\(leave.to) \(leave.portion.rawValue)",
                                 connection, logger: logger)
            return at
        }
        try await recomputeStored(from: leave.from, to: leave.to, codes: [leave.employee.rawValue],
                                  cause: "leave \(leave.kind.rawValue) \(leave.from)…\(leave.to) granted by \(createdBy)", rules: rules)
        return StoredLeave(leave: leave, createdBy: createdBy, createdAt: createdAt, cancelledAt: nil)
    }

    /// Cancels leave (kept, marked cancelled), audited as `actor`; the person's stored days in its range are recomputed.
    public func cancelLeave(id: UUID, rules: PunchRules, actor: String = "admin") async throws {
        let cancelled = try await transaction { connection in
            let row = try await connection.query("""
                UPDATE leave SET cancelled_at = now() WHERE id = \(id) AND cancelled_at IS NULL
                RETURNING employee_code, to_char(from_date, 'YYYY-MM-DD'), to_char(to_date, 'YYYY-MM-DD')
                """, logger: logger).decode((String, String, String).self).first { _ in true }
            if let row {
                _ = try await Self.nextRosterVersion(connection, logger: logger)
                try await Self.audit(actor: actor, action: "leave.cancel", detail: "\(id) \(row.0)", connection, logger: logger)
            }
            return row
        }
        guard let (code, fromText, toText) = cancelled, let from = LocalDate(fromText), let to = LocalDate(toText) else {
            throw APIError.notFound("no leave \(id) that is not already cancelled")
        }
        try await recomputeStored(from: from, to: to, codes: [code], cause: "leave \(id) cancelled", rules: rules)
    }

    /// The policy of `site` (the defaults when never set).
    public func policy(site: String) async throws -> SitePolicy {
        let row = try await client.query("""
            SELECT close_open_entries, overtime_minimum_minutes, overtime_maximum_minutes, lateness_lates, lateness_penalty
            FROM site_policies WHERE site_id = \(site)
            """, logger: logger).decode((Bool, Int, Int?, Int?, String?).self).first { _ in true }
        guard let (close, minimum, maximum, lates, penalty) = row else { return SitePolicy() }
        let lateness = lates.map { LatenessRule(lates: max(1, $0), penalty: penalty.flatMap(LatenessRule.Penalty.init(rawValue:)) ?? .halfDay) }
        return SitePolicy(closeOpenEntriesAtShiftEnd: close, overtimeMinimumMinutes: max(0, minimum),
                          overtimeMaximumMinutesPerDay: maximum.map { max(0, $0) }, lateness: lateness)
    }

    /// Sets the policy of `site`, audited; it applies from the next computation of each day.
    public func save(policy: SitePolicy, site: String) async throws {
        try await requireSite(site)
        try await transaction { connection in
            try await connection.query("""
                INSERT INTO site_policies (site_id, close_open_entries, overtime_minimum_minutes, overtime_maximum_minutes, lateness_lates,
                                           lateness_penalty)
                VALUES (\(site), \(policy.closeOpenEntriesAtShiftEnd), \(policy.overtimeMinimumMinutes), \(policy.overtimeMaximumMinutesPerDay),
                        \(policy.lateness?.lates), \(policy.lateness?.penalty.rawValue))
                ON CONFLICT (site_id) DO UPDATE SET close_open_entries = EXCLUDED.close_open_entries,
                    overtime_minimum_minutes = EXCLUDED.overtime_minimum_minutes, overtime_maximum_minutes = EXCLUDED.overtime_maximum_minutes,
                    lateness_lates = EXCLUDED.lateness_lates, lateness_penalty = EXCLUDED.lateness_penalty, updated_at = now()
                """, logger: logger)
            try await Self.audit(actor: "admin", action: "policy.save", detail: "\(site) \(policy)", connection, logger: logger)
        }
    }

    /// Overtime approvals of `codes` on days in `from`…`to`.
    func overtimeApprovals(codes: [String], from: LocalDate, to: LocalDate) async throws -> [OvertimeApproval] {
        var list: [OvertimeApproval] = []
        for try await (id, code, day, minutes, early, by, reason, at) in try await client.query("""
            SELECT id, employee_code, to_char(date, 'YYYY-MM-DD'), minutes, includes_early_arrival, approved_by, reason, approved_at
            FROM overtime_approvals WHERE employee_code = ANY(\(codes)) AND date BETWEEN \(from.description)::date AND \(to.description)::date
            ORDER BY approved_at, id
            """, logger: logger).decode((UUID, String, String, Int, Bool, String, String, Date).self) {
            guard let date = LocalDate(day) else { continue }
            list.append(OvertimeApproval(id: id, employee: EmployeeCode(code), date: date, minutes: max(0, minutes), includesEarlyArrival: early,
                                         supervisor: EmployeeCode(by), reason: reason, approvedAt: at))
        }
        return list
    }

    /// Records an approval of `approval.employee`'s overtime on `approval.date` (append-only, audited; the
    /// latest approval of a day counts) and recomputes that day.
    public func approve(_ approval: OvertimeApproval, rules: PunchRules) async throws {
        try await requireEmployee(approval.employee.rawValue)
        try await requireSupervisor(approval.supervisor.rawValue, field: "approvedBy")
        try await transaction { connection in
            try await connection.query("""
                INSERT INTO overtime_approvals (id, employee_code, date, minutes, includes_early_arrival, approved_by, reason, approved_at)
                VALUES (\(approval.id), \(approval.employee.rawValue), \(approval.date.description)::date, \(approval.minutes),
                        \(approval.includesEarlyArrival), \(approval.supervisor.rawValue), \(approval.reason), \(approval.approvedAt))
                """, logger: logger)
            try await Self.audit(actor: approval.supervisor.rawValue, action: "overtime.approve",
                                 detail: "\(approval.employee) \(approval.date) \(approval.minutes) min: \(approval.reason)", connection, logger: logger)
        }
    }
}
