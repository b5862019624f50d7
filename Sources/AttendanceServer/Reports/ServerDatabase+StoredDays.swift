import Attendance
import Foundation
import PostgresNIO

// MARK: - Stored days: recompute only what changed, read the rest

extension ServerDatabase {
    /// What a refresh did, for the benchmark's breakdown and the tests.
    struct StoredDaysRefresh: Sendable {
        /// Person-days computed again with the rules.
        var computed = 0
        /// Of those, days whose verdict changed (each kept in `attendance_changes`).
        var changed = 0
        /// Time reading what to compute (coverage, stale marks, expired days).
        var planning = Duration.zero
        /// Time reading the inputs of the days computed (`dayInputs`).
        var reading = Duration.zero
        /// Time applying the rules to them.
        var computing = Duration.zero
        /// Time storing (compare, write what changed, clear marks).
        var storing = Duration.zero
    }

    /// Brings the stored days of `from`…`to` up to date for `site` (nil: every site), or for `codes` only, so a
    /// report can read them: computes with the rules only the site-days never computed for everyone with these
    /// rules, the person-days whose inputs changed since they were stored (marked by triggers on every input
    /// table), and the days whose verdict time alone has changed by `now` (an open entry's window closed, a
    /// pending day ended); stores what changed (`store`, which keeps each previous verdict), deletes stored
    /// days that no longer make a record, and clears the marks it read before reading the inputs.
    @discardableResult
    func refreshStoredDays(from: LocalDate, to: LocalDate, site: String?, codes: [String]? = nil, cause: String, rules: PunchRules,
                           now: Date) async throws -> StoredDaysRefresh {
        let clock = ContinuousClock()
        var refresh = StoredDaysRefresh()
        let started = clock.now
        let rulesKey = rules.storedDayKey
        let anySite = site == nil, siteID = site ?? ""
        let anyCode = codes == nil, codeList = codes ?? []
        let first = from.description, last = to.description

        var siteOf: [String: String] = [:]
        var sites: Set<String> = []
        if let codes {
            for try await (code, siteID) in try await client.query("SELECT code, site_id FROM employees WHERE code = ANY(\(codes))",
                                                                   logger: logger).decode((String, String).self) {
                siteOf[code] = siteID
                sites.insert(siteID)
            }
        } else {
            for try await id in try await client.query("""
                SELECT DISTINCT site_id FROM employees WHERE \(anySite) OR site_id = \(siteID)
                """, logger: logger).decode(String.self) { sites.insert(id) }
        }
        guard !sites.isEmpty else { return refresh }
        // Read before the inputs: a change through coverage committed after this is seen when recording coverage.
        let epoch = try await client.query("SELECT epoch FROM attendance_epoch", logger: logger).decode(Int64.self).first { _ in true }
        var covered: Set<String> = []
        for try await (id, day) in try await client.query("""
            SELECT site_id, to_char(date, 'YYYY-MM-DD') FROM attendance_coverage
            WHERE site_id = ANY(\(Array(sites))) AND date BETWEEN \(first)::date AND \(last)::date AND rules_key = \(rulesKey)
            """, logger: logger).decode((String, String).self) { covered.insert(id + "|" + day) }
        var uncovered: [String: [LocalDate]] = [:]
        for id in sites.sorted() {
            var day = from
            while day <= to {
                if !covered.contains(id + "|" + day.description) { uncovered[id, default: []].append(day) }
                day = day.adding(days: 1)
            }
        }
        // The marks read now are the ones cleared after storing, and only if unchanged (same number) by then.
        var marks: (codes: [String], dates: [String], seqs: [Int64]) = ([], [], [])
        var pending: Set<PersonDay> = []
        for try await (code, day, seq, id) in try await client.query("""
            SELECT m.employee_code, to_char(m.date, 'YYYY-MM-DD'), m.seq, e.site_id FROM attendance_stale m JOIN employees e ON e.code = m.employee_code
            WHERE m.date BETWEEN \(first)::date AND \(last)::date AND (\(anySite) OR e.site_id = \(siteID))
                AND (\(anyCode) OR e.code = ANY(\(codeList)))
            """, logger: logger).decode((String, String, Int64, String).self) {
            siteOf[code] = id
            marks.codes.append(code)
            marks.dates.append(day)
            marks.seqs.append(seq)
            if let date = LocalDate(day) { pending.insert(PersonDay(code: code, date: date)) }
        }
        // Days whose verdict time has come, or computed for a later `now`; a one-person read also checks the rules'
        // key row by row (a site's coverage says nothing of days computed for one person). Each condition its own
        // branch, so each reads its index (valid_until, computed_for) rather than every stored day of the range.
        for try await (code, day, id) in try await client.query("""
            SELECT a.employee_code, to_char(a.date, 'YYYY-MM-DD'), e.site_id FROM daily_attendance a JOIN employees e ON e.code = a.employee_code
            WHERE a.valid_until <= \(now) AND a.date BETWEEN \(first)::date AND \(last)::date AND (\(anySite) OR e.site_id = \(siteID))
                AND (\(anyCode) OR e.code = ANY(\(codeList)))
            UNION
            SELECT a.employee_code, to_char(a.date, 'YYYY-MM-DD'), e.site_id FROM daily_attendance a JOIN employees e ON e.code = a.employee_code
            WHERE a.computed_for > \(now) AND a.date BETWEEN \(first)::date AND \(last)::date AND (\(anySite) OR e.site_id = \(siteID))
                AND (\(anyCode) OR e.code = ANY(\(codeList)))
            UNION
            SELECT a.employee_code, to_char(a.date, 'YYYY-MM-DD'), e.site_id FROM daily_attendance a JOIN employees e ON e.code = a.employee_code
            WHERE NOT \(anyCode) AND e.code = ANY(\(codeList)) AND a.date BETWEEN \(first)::date AND \(last)::date
                AND a.rules_key IS DISTINCT FROM \(rulesKey)
            """, logger: logger).decode((String, String, String).self) {
            siteOf[code] = id
            if let date = LocalDate(day) { pending.insert(PersonDay(code: code, date: date)) }
        }
        if let codes {
            for code in codes {
                guard let id = siteOf[code] else { continue }
                for date in uncovered[id] ?? [] { pending.insert(PersonDay(code: code, date: date)) }
            }
        }
        refresh.planning = clock.now - started

        func compute(from: LocalDate, to: LocalDate, codes: [String]? = nil, site: String? = nil) async throws -> [DayRecord] {
            let reading = clock.now
            let inputs = try await dayInputs(from: from, to: to, codes: codes, site: site)
            let computing = clock.now
            refresh.reading += computing - reading
            defer { refresh.computing += clock.now - computing }
            return inputs.records(rules: rules, now: now)
        }

        // Whole site-days first (everyone of the site, so the day can be marked covered), then the single days left.
        var records: [DayRecord] = []
        var wholeDays: (sites: [String], dates: [String]) = ([], [])
        var kept: (codes: [String], dates: [String]) = ([], [])
        if codes == nil {
            for (id, dates) in uncovered.sorted(by: { $0.key < $1.key }) {
                guard let low = dates.first, let high = dates.last else { continue }
                let wanted = Set(dates)
                for record in try await compute(from: low, to: high, site: id) where wanted.contains(record.date) {
                    records.append(record)
                    kept.codes.append(record.employee.code.rawValue)
                    kept.dates.append(record.date.description)
                }
                for date in dates {
                    wholeDays.sites.append(id)
                    wholeDays.dates.append(date.description)
                }
            }
            let whole = Set(zip(wholeDays.sites, wholeDays.dates).map { $0.0 + "|" + $0.1 })
            pending = pending.filter { day in
                guard let id = siteOf[day.code] else { return true }
                return !whole.contains(id + "|" + day.date.description)
            }
        }
        var vanished: (codes: [String], dates: [String]) = ([], [])
        if let low = pending.map(\.date).min(), let high = pending.map(\.date).max() {
            let people = Array(Set(pending.map(\.code)))
            var found: Set<PersonDay> = []
            for record in try await compute(from: low, to: high, codes: people) {
                let day = PersonDay(code: record.employee.code.rawValue, date: record.date)
                guard pending.contains(day) else { continue }
                records.append(record)
                found.insert(day)
            }
            for day in pending.subtracting(found) {
                vanished.codes.append(day.code)
                vanished.dates.append(day.date.description)
            }
        }
        refresh.computed = records.count + vanished.codes.count
        let computed = clock.now

        guard !records.isEmpty || !vanished.codes.isEmpty || !marks.codes.isEmpty || !wholeDays.sites.isEmpty else {
            refresh.storing = clock.now - computed
            return refresh
        }
        refresh.changed = try await transaction { connection in
            // First, so a schedule or policy change waits for this transaction or this one for it, never both.
            var unchangedSinceRead = false
            if !wholeDays.sites.isEmpty {
                let current = try await connection.query("SELECT epoch FROM attendance_epoch FOR UPDATE", logger: logger).decode(Int64.self)
                    .first { _ in true }
                unchangedSinceRead = current != nil && current == epoch
            }
            let changed = try await store(records, cause: cause, rules: rules, now: now, on: connection)
            if !vanished.codes.isEmpty {
                try await connection.query("""
                    DELETE FROM daily_attendance d USING unnest(\(vanished.codes)::text[], \(vanished.dates)::text[]) AS t(code, day)
                    WHERE d.employee_code = t.code AND d.date = t.day::date
                    """, logger: logger)
            }
            if !wholeDays.sites.isEmpty {
                // Stored days of a whole site-day that the rules no longer give a record (a schedule removed, a punch voided).
                try await connection.query("""
                    DELETE FROM daily_attendance d USING employees e, unnest(\(wholeDays.sites)::text[], \(wholeDays.dates)::text[]) AS w(site, day)
                    WHERE e.code = d.employee_code AND e.site_id = w.site AND d.date = w.day::date
                        AND NOT EXISTS (SELECT 1 FROM unnest(\(kept.codes)::text[], \(kept.dates)::text[]) AS k(code, day)
                                        WHERE k.code = d.employee_code AND k.day::date = d.date)
                    """, logger: logger)
            }
            if unchangedSinceRead {
                try await connection.query("""
                    INSERT INTO attendance_coverage (site_id, date, rules_key)
                    SELECT site, day::date, \(rulesKey) FROM unnest(\(wholeDays.sites)::text[], \(wholeDays.dates)::text[]) AS w(site, day)
                    ON CONFLICT (site_id, date) DO UPDATE SET rules_key = EXCLUDED.rules_key
                    """, logger: logger)
            }
            if !marks.codes.isEmpty {
                // Locked in the order the triggers take them, so a punch batch marking days meanwhile waits instead of deadlocking.
                try await connection.query("""
                    SELECT 1 FROM attendance_stale m JOIN unnest(\(marks.codes)::text[], \(marks.dates)::text[]) AS t(code, day)
                        ON m.employee_code = t.code AND m.date = t.day::date
                    ORDER BY m.employee_code, m.date FOR UPDATE OF m
                    """, logger: logger)
                try await connection.query("""
                    DELETE FROM attendance_stale m USING unnest(\(marks.codes)::text[], \(marks.dates)::text[], \(marks.seqs)::int8[]) AS t(code, day, seq)
                    WHERE m.employee_code = t.code AND m.date = t.day::date AND m.seq = t.seq
                    """, logger: logger)
            }
            return changed
        }
        refresh.storing = clock.now - computed
        return refresh
    }

    /// The stored days of `from`…`to` as report rows, for `site` (nil: every site) or `codes`, in date order,
    /// then site, then employee code; call `refreshStoredDays` first.
    func storedRows(from: LocalDate, to: LocalDate, site: String?, codes: [String]? = nil) async throws -> [ReportRow] {
        let anySite = site == nil, siteID = site ?? ""
        let anyCode = codes == nil, codeList = codes ?? []
        var rows: [ReportRow] = []
        for try await (date, code, name, shift, firstIn, lastOut, status, late, worked, required, flags, overtime, approved, es, en, version)
            in try await client.query("""
            SELECT to_char(a.date, 'YYYY-MM-DD'), a.employee_code, e.name, a.shift_name, a.first_in, a.last_out, a.status, a.minutes_late,
                   a.minutes_worked, a.required_minutes, a.flags, a.overtime_minutes, a.approved_overtime_minutes, a.reason_es, a.reason_en,
                   a.rules_version
            FROM daily_attendance a JOIN employees e ON e.code = a.employee_code
            WHERE a.date BETWEEN \(from.description)::date AND \(to.description)::date AND (\(anySite) OR e.site_id = \(siteID))
                AND (\(anyCode) OR e.code = ANY(\(codeList)))
            ORDER BY a.date, e.site_id, a.employee_code
            """, logger: logger).decode((String, String, String, String?, Date?, Date?, String, Int, Int, Int, Int, Int, Int, String?, String?,
                                         String?).self) {
            rows.append(ReportRow(date: date, employeeCode: code, employeeName: name, shift: shift, firstIn: firstIn, lastOut: lastOut,
                                  status: status, minutesLate: late, minutesWorked: worked, requiredMinutes: required, flags: flags,
                                  overtimeMinutes: overtime, approvedOvertimeMinutes: approved, reasonEs: es, reasonEn: en,
                                  rulesVersion: version))
        }
        return rows
    }

    /// Each person's totals over the stored days of `site` in `from`…`to` that pass the filters, with their
    /// name, in employee code order, `limit` people (nil: all) after the first `offset`: one query in PostgreSQL
    /// that picks the window's people first (in code order, each with a day that passes) and sums only their
    /// days (a month of a large site is many rows; a page of totals needs none of the others). Call
    /// `refreshStoredDays` first.
    func storedTotals(from: LocalDate, to: LocalDate, site: String, shift: String?, status: String?, person: String?,
                      limit: Int? = nil, offset: Int = 0) async throws -> [(totals: AttendanceReport.EmployeeTotals, name: String)] {
        let anyShift = shift == nil, shiftName = shift ?? ""
        let anyStatus = status == nil, statusName = status ?? ""
        let anyPerson = person == nil, code = person ?? ""
        var list: [(totals: AttendanceReport.EmployeeTotals, name: String)] = []
        for try await (code, name, days, lateDays, absentDays, worked, late, required) in try await client.query("""
            WITH people AS (
                SELECT e.code, e.name FROM employees e
                WHERE e.site_id = \(site) AND (\(anyPerson) OR e.code = \(code))
                    AND EXISTS (SELECT 1 FROM daily_attendance a
                                WHERE a.employee_code = e.code AND a.date BETWEEN \(from.description)::date AND \(to.description)::date
                                    AND (\(anyShift) OR a.shift_name = \(shiftName)) AND (\(anyStatus) OR a.status = \(statusName)))
                ORDER BY e.code LIMIT \(limit) OFFSET \(offset))
            SELECT a.employee_code, p.name, count(*)::int8, (count(*) FILTER (WHERE a.minutes_late > 0))::int8,
                   (count(*) FILTER (WHERE a.status = \(DayStatus.absent.rawValue)))::int8, sum(a.minutes_worked)::int8,
                   sum(a.minutes_late)::int8, sum(a.required_minutes)::int8
            FROM people p JOIN daily_attendance a ON a.employee_code = p.code
            WHERE a.date BETWEEN \(from.description)::date AND \(to.description)::date
                AND (\(anyShift) OR a.shift_name = \(shiftName)) AND (\(anyStatus) OR a.status = \(statusName))
            GROUP BY a.employee_code, p.name ORDER BY a.employee_code
            """, logger: logger).decode((String, String, Int, Int, Int, Int, Int, Int).self) {
            list.append((AttendanceReport.EmployeeTotals(employeeCode: code, days: days, lateDays: lateDays, absentDays: absentDays,
                                                         minutesWorked: worked, minutesLate: late, requiredMinutes: required), name))
        }
        return list
    }
}

/// One person's day, as a set member.
struct PersonDay: Hashable, Sendable {
    var code: String
    var date: LocalDate
}
