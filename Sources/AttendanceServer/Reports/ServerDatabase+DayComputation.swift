public import Attendance
public import Foundation
import PostgresNIO

// MARK: - Computing days with every input: punches from every door, corrections, holidays, leave, approvals

extension ServerDatabase {
    /// Computes every day of `from`…`to` for `codes` (or everyone of `site`, or everyone) with the same
    /// `PunchRules` as the kiosks, each site with its own holidays and policy.
    ///
    /// - Returns: the records, in date order, then employee code order.
    func computeDays(from: LocalDate, to: LocalDate, codes: [String]? = nil, site: String? = nil, rules: PunchRules,
                     now: Date) async throws -> [DayRecord] {
        try await dayInputs(from: from, to: to, codes: codes, site: site).records(rules: rules, now: now)
    }

    /// Reads what the rules need to compute every day of `from`…`to` for `codes` (or everyone of `site`, or
    /// everyone): a handful of set-based queries, whatever the number of people.
    func dayInputs(from: LocalDate, to: LocalDate, codes requested: [String]? = nil, site: String? = nil) async throws -> DayComputationInputs {
        var inputs = DayComputationInputs(from: from, to: to)
        var employeesBySite: [String: [Employee]] = [:]
        let query: PostgresQuery
        if let requested {
            query = "SELECT code, name, role, site_id, active FROM employees WHERE code = ANY(\(requested)) ORDER BY code"
        } else if let site {
            query = "SELECT code, name, role, site_id, active FROM employees WHERE site_id = \(site) ORDER BY code"
        } else {
            query = "SELECT code, name, role, site_id, active FROM employees ORDER BY code"
        }
        for try await (code, name, role, siteID, active) in try await client.query(query, logger: logger)
            .decode((String, String, String, String, Bool).self) {
            employeesBySite[siteID, default: []].append(Employee(code: EmployeeCode(code), name: name, role: Role(rawValue: role) ?? .colaborador,
                                                                 active: active))
        }
        let codes = employeesBySite.values.flatMap { $0.map(\.code.rawValue) }
        guard !codes.isEmpty else { return inputs }
        let sites = Array(employeesBySite.keys)

        var shifts: [Shift] = []
        for try await (name, start, end) in try await client.query("SELECT name, start_minute, end_minute FROM shifts", logger: logger)
            .decode((String, Int, Int).self) {
            shifts.append(Shift(name: name, start: LocalTime(hour: start / 60, minute: start % 60), end: LocalTime(hour: end / 60, minute: end % 60)))
        }
        var schedules: [Schedule] = []
        for try await (code, weekday, shift, entry, exit, required) in try await client.query("""
            SELECT employee_code, weekday, shift_name, entry_tolerance_minutes, exit_tolerance_minutes, required_minutes
            FROM schedules WHERE employee_code = ANY(\(codes))
            """, logger: logger).decode((String, Int, String, Int, Int, Int?).self) {
            guard let day = Weekday(rawValue: weekday) else { continue }
            schedules.append(Schedule(employee: EmployeeCode(code), weekday: day, shiftName: shift, entryToleranceMinutes: entry,
                                      exitToleranceMinutes: exit, requiredMinutes: required))
        }
        var punchesByDate: [LocalDate: [Punch]] = [:]
        for try await (id, kiosk, sequence, code, instant, date, kind, method, distance, shift, flags) in try await client.query("""
            SELECT id, kiosk_id, sequence, employee_code, instant, to_char(local_date, 'YYYY-MM-DD'), kind, method,
                   match_distance, shift_name, flags
            FROM punches WHERE local_date BETWEEN \(from.description)::date AND \(to.description)::date
                AND employee_code = ANY(\(codes))
            ORDER BY instant
            """, logger: logger).decode((UUID, String, Int64, String, Date, String, String, String, Double?, String?, Int).self) {
            guard let localDate = LocalDate(date), let punchKind = PunchKind(rawValue: kind),
                  let punchMethod = PunchMethod(rawValue: method) else { continue }
            punchesByDate[localDate, default: []].append(Punch(
                id: id, kioskID: kiosk, sequence: sequence, employee: EmployeeCode(code), instant: instant, localDate: localDate,
                kind: punchKind, method: punchMethod, matchDistance: distance, shiftName: shift, flags: PunchFlags(rawValue: flags)))
        }
        let correctionsByDate = try await corrections(from: from, to: to, codes: codes)
        var calendars: [String: DayCalendar] = [:]
        for site in sites { calendars[site] = DayCalendar() }
        for (site, holiday) in try await holidays(sites: sites, from: from, to: to) { calendars[site]?.holidays.append(holiday) }
        let siteOf = Dictionary(uniqueKeysWithValues: employeesBySite.flatMap { site, people in people.map { ($0.code, site) } })
        for leave in try await leave(codes: codes, from: from, to: to) {
            if let site = siteOf[leave.employee] { calendars[site]?.leave.append(leave) }
        }
        for approval in try await overtimeApprovals(codes: codes, from: from, to: to) {
            if let site = siteOf[approval.employee] { calendars[site]?.overtimeApprovals.append(approval) }
        }
        var policies: [String: SitePolicy] = [:]
        for site in sites { policies[site] = try await policy(site: site) }
        inputs.employeesBySite = employeesBySite
        inputs.shifts = shifts
        inputs.schedules = schedules
        inputs.punchesByDate = punchesByDate
        inputs.correctionsByDate = correctionsByDate
        inputs.calendars = calendars
        inputs.policies = policies
        return inputs
    }

    /// Upserts the computed days into `daily_attendance` with their verdicts, reasons (both languages), the
    /// rules' key, `now` and the instant time alone would change them; when a stored day's verdict changes, the
    /// previous one is kept in `attendance_changes` with what changed, why, and `cause`. A day whose
    /// `DayVerdict.changeKey`, rules and validity are unchanged is left as stored (no write).
    ///
    /// - Returns: the number of days whose verdict changed.
    @discardableResult
    func store(_ records: [DayRecord], cause: String, rules: PunchRules, now: Date) async throws -> Int {
        guard !records.isEmpty else { return 0 }
        return try await transaction { connection in
            try await store(records, cause: cause, rules: rules, now: now, on: connection)
        }
    }

    /// `store(_:cause:rules:now:)` inside the caller's transaction on `connection`.
    func store(_ records: [DayRecord], cause: String, rules: PunchRules, now: Date, on connection: PostgresConnection) async throws -> Int {
        guard !records.isEmpty else { return 0 }
        let verdicts = records.map(\.verdict)
        let keys = verdicts.map(\.changeKey)
        let validity = records.map(\.validUntil)
        let rulesKey = rules.storedDayKey
        let allCodes = records.map(\.employee.code.rawValue)
        let allDates = records.map(\.date.description)
        // The stored keys, locked so two recomputations of one day log one change each, in order.
        struct Stored { var key: String; var rulesKey: String?; var validUntil: Date?; var hasReasons: Bool }
        var stored: [String: Stored] = [:]
        for try await (code, day, key, storedRules, until, reasons) in try await connection.query("""
            SELECT d.employee_code, to_char(d.date, 'YYYY-MM-DD'), d.verdict_key, d.rules_key, d.valid_until, d.reason_es IS NOT NULL
            FROM daily_attendance d JOIN unnest(\(allCodes)::text[], \(allDates)::text[]) AS t(code, day)
                ON d.employee_code = t.code AND d.date = t.day::date
            ORDER BY d.employee_code, d.date
            FOR UPDATE OF d
            """, logger: logger).decode((String, String, String?, String?, Date?, Bool).self) {
            stored[code + "|" + day] = Stored(key: key ?? "", rulesKey: storedRules, validUntil: until, hasReasons: reasons)
        }
        func sameInstant(_ one: Date?, _ other: Date?) -> Bool {
            switch (one, other) {
            case (nil, nil): true
            case let (one?, other?): abs(one.timeIntervalSince(other)) < 0.001
            default: false
            }
        }
        var verdictChanged: Set<Int> = []
        let changedIndexes = records.indices.filter { index in
            guard let old = stored[allCodes[index] + "|" + allDates[index]] else { return true }
            if old.key != keys[index] { verdictChanged.insert(index) }
            return old.key != keys[index] || old.rulesKey != rulesKey || !sameInstant(old.validUntil, validity[index]) || !old.hasReasons
        }
        guard !changedIndexes.isEmpty else { return 0 }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let decoder = JSONDecoder()
        let rows = changedIndexes.map { records[$0] }
        let codes = changedIndexes.map { allCodes[$0] }
        let dates = changedIndexes.map { allDates[$0] }
        let texts = try changedIndexes.map { String(decoding: try encoder.encode(verdicts[$0]), as: UTF8.self) }
        var previous: [String: String] = [:]
        let verdictCodes = changedIndexes.filter(verdictChanged.contains).map { allCodes[$0] }
        let verdictDates = changedIndexes.filter(verdictChanged.contains).map { allDates[$0] }
        for try await (code, day, verdict) in try await connection.query("""
            SELECT d.employee_code, to_char(d.date, 'YYYY-MM-DD'), d.verdict::text
            FROM daily_attendance d JOIN unnest(\(verdictCodes)::text[], \(verdictDates)::text[]) AS t(code, day)
                ON d.employee_code = t.code AND d.date = t.day::date
            WHERE d.verdict IS NOT NULL
            """, logger: logger).decode((String, String, String).self) {
            previous[code + "|" + day] = verdict
        }
        var changed = 0
        for (position, index) in changedIndexes.enumerated() where verdictChanged.contains(index) {
            guard let old = previous[codes[position] + "|" + dates[position]],
                  let oldVerdict = try? decoder.decode(DayVerdict.self, from: Data(old.utf8)),
                  let change = DayChange.between(oldVerdict, verdicts[index]) else { continue }
            let changeJSON = String(decoding: try encoder.encode(change), as: UTF8.self)
            try await connection.query("""
                INSERT INTO attendance_changes (employee_code, date, cause, previous, current, change)
                VALUES (\(codes[position]), \(dates[position])::date, \(cause), \(old)::jsonb, \(texts[position])::jsonb, \(changeJSON)::jsonb)
                """, logger: logger)
            changed += 1
        }
        // No optional arrays in PostgresNIO: the epoch stands for "none" and is turned back with NULLIF.
        let epoch = Date(timeIntervalSince1970: 0)
        let shifts = rows.map { $0.shiftName ?? "" }
        let firstIns = rows.map { $0.firstIn ?? epoch }
        let lastOuts = rows.map { $0.lastOut ?? epoch }
        let statuses = rows.map(\.status.rawValue)
        let late = rows.map(\.minutesLate)
        let worked = rows.map(\.minutesWorked)
        let required = rows.map(\.requiredMinutes)
        let flags = rows.map(\.flags.rawValue)
        let overtime = rows.map(\.overtimeMinutes)
        let approved = rows.map(\.approvedOvertimeMinutes)
        let versions = rows.map(\.explanation.rulesVersion)
        let changedKeys = changedIndexes.map { keys[$0] }
        let reasonsEs = rows.map { $0.explanation.summary(language: .es, date: $0.date) }
        let reasonsEn = rows.map { $0.explanation.summary(language: .en, date: $0.date) }
        let validUntil = changedIndexes.map { validity[$0] ?? epoch }
        try await connection.query("""
            INSERT INTO daily_attendance (employee_code, date, shift_name, first_in, last_out, status, minutes_late,
                minutes_worked, required_minutes, flags, computed_at, overtime_minutes, approved_overtime_minutes, rules_version, verdict,
                verdict_key, reason_es, reason_en, rules_key, computed_for, valid_until)
            SELECT code, day::date, NULLIF(shift, ''), NULLIF(first_in, \(epoch)), NULLIF(last_out, \(epoch)), status, late,
                   worked, required, flags, now(), overtime, approved, version, verdict::jsonb, key, reason_es, reason_en, \(rulesKey),
                   \(now), NULLIF(valid_until, \(epoch))
            FROM unnest(\(codes)::text[], \(dates)::text[], \(shifts)::text[], \(firstIns)::timestamptz[],
                        \(lastOuts)::timestamptz[], \(statuses)::text[], \(late)::int8[], \(worked)::int8[],
                        \(required)::int8[], \(flags)::int8[], \(overtime)::int8[], \(approved)::int8[], \(versions)::text[],
                        \(texts)::text[], \(changedKeys)::text[], \(reasonsEs)::text[], \(reasonsEn)::text[], \(validUntil)::timestamptz[])
                AS t(code, day, shift, first_in, last_out, status, late, worked, required, flags, overtime, approved, version, verdict, key,
                     reason_es, reason_en, valid_until)
            ON CONFLICT (employee_code, date) DO UPDATE SET shift_name = EXCLUDED.shift_name, first_in = EXCLUDED.first_in,
                last_out = EXCLUDED.last_out, status = EXCLUDED.status, minutes_late = EXCLUDED.minutes_late,
                minutes_worked = EXCLUDED.minutes_worked, required_minutes = EXCLUDED.required_minutes,
                flags = EXCLUDED.flags, computed_at = EXCLUDED.computed_at, overtime_minutes = EXCLUDED.overtime_minutes,
                approved_overtime_minutes = EXCLUDED.approved_overtime_minutes, rules_version = EXCLUDED.rules_version,
                verdict = EXCLUDED.verdict, verdict_key = EXCLUDED.verdict_key, reason_es = EXCLUDED.reason_es,
                reason_en = EXCLUDED.reason_en, rules_key = EXCLUDED.rules_key, computed_for = EXCLUDED.computed_for,
                valid_until = EXCLUDED.valid_until
            """, logger: logger)
        return changed
    }

    /// Recomputes the stored days among `days` (employee code and date) after late data, keeping each previous
    /// verdict that changes; days never computed before are left for the next report.
    ///
    /// - Returns: the number of days whose verdict changed.
    @discardableResult
    public func recomputeStored(_ days: [(code: String, date: LocalDate)], cause: String, rules: PunchRules, now: Date = Date()) async throws -> Int {
        guard !days.isEmpty else { return 0 }
        let codes = days.map(\.code)
        let dates = days.map(\.date.description)
        var stored: [LocalDate: Set<String>] = [:]
        for try await (code, day) in try await client.query("""
            SELECT DISTINCT d.employee_code, to_char(d.date, 'YYYY-MM-DD')
            FROM daily_attendance d JOIN unnest(\(codes)::text[], \(dates)::text[]) AS t(code, day)
                ON d.employee_code = t.code AND d.date = t.day::date
            """, logger: logger).decode((String, String).self) {
            if let date = LocalDate(day) { stored[date, default: []].insert(code) }
        }
        var changed = 0
        for (date, people) in stored {
            let records = try await computeDays(from: date, to: date, codes: Array(people), rules: rules, now: now)
            changed += try await store(records, cause: cause, rules: rules, now: now)
        }
        return changed
    }

    /// Recomputes the stored days of `site` (or of `codes`) in `from`…`to`: after a holiday, leave or policy change.
    @discardableResult
    func recomputeStored(from: LocalDate, to: LocalDate, site: String? = nil, codes: [String]? = nil, cause: String, rules: PunchRules,
                         now: Date = Date()) async throws -> Int {
        var days: [(code: String, date: LocalDate)] = []
        let query: PostgresQuery
        if let codes {
            query = """
                SELECT employee_code, to_char(date, 'YYYY-MM-DD') FROM daily_attendance
                WHERE date BETWEEN \(from.description)::date AND \(to.description)::date AND employee_code = ANY(\(codes))
                """
        } else {
            query = """
                SELECT d.employee_code, to_char(d.date, 'YYYY-MM-DD') FROM daily_attendance d JOIN employees e ON e.code = d.employee_code
                WHERE d.date BETWEEN \(from.description)::date AND \(to.description)::date AND e.site_id = \(site ?? "")
                """
        }
        for try await (code, day) in try await client.query(query, logger: logger).decode((String, String).self) {
            if let date = LocalDate(day) { days.append((code, date)) }
        }
        return try await recomputeStored(days, cause: cause, rules: rules, now: now)
    }
}
