public import Attendance
public import Foundation
import PostgresNIO

// MARK: - Reports

extension ServerDatabase {
    /// Recomputes every day of `from`…`to` from all punches of all doors and every correction (made at a kiosk
    /// or on the server) with the kiosk's `PunchRules`,
    /// stores the results in `daily_attendance`, and returns the report.
    ///
    /// - Parameters:
    ///   - kind: which report (late and absences filter the rows).
    ///   - from: first day.
    ///   - to: last day (at most 62 days after `from`).
    ///   - site: one site's employees, or all.
    ///   - rules: the rules (time zone, windows).
    ///   - now: decides pending vs absent for today.
    public func report(_ kind: ReportKind, from: LocalDate, to: LocalDate, site: String?, rules: PunchRules,
                       now: Date = Date()) async throws -> AttendanceReport {
        guard from <= to else { throw APIError.unprocessable("from \(from) is after to \(to)") }
        guard from.adding(days: 62) >= to else { throw APIError.unprocessable("the range \(from)…\(to) is longer than 62 days; ask for less") }
        var employees: [Employee] = []
        for admin in try await self.employees(site: site) {
            employees.append(Employee(code: EmployeeCode(admin.code), name: admin.name,
                                      role: Role(rawValue: admin.role) ?? .colaborador, active: admin.active))
        }
        let codes = employees.map(\.code.rawValue)
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
        var records: [DayRecord] = []
        var date = from
        while date <= to {
            records += rules.dayRecords(for: date, employees: employees, schedules: schedules, shifts: shifts,
                                        punches: punchesByDate[date] ?? [], corrections: correctionsByDate[date] ?? [], now: now)
            date = date.adding(days: 1)
        }
        try await store(records)
        var rows = records.map { record in
            ReportRow(date: record.date.description, employeeCode: record.employee.code.rawValue, employeeName: record.employee.name,
                      shift: record.shiftName, firstIn: record.firstIn, lastOut: record.lastOut, status: record.status.rawValue,
                      minutesLate: record.minutesLate, minutesWorked: record.minutesWorked, requiredMinutes: record.requiredMinutes,
                      flags: record.flags.rawValue)
        }
        switch kind {
        case .late: rows = rows.filter { $0.minutesLate > 0 }
        case .absences: rows = rows.filter { $0.status == DayStatus.absent.rawValue }
        case .daily, .weekly, .monthly: break
        }
        var totals: [String: AttendanceReport.EmployeeTotals] = [:]
        for row in rows {
            var total = totals[row.employeeCode] ?? .init(employeeCode: row.employeeCode, days: 0, lateDays: 0, absentDays: 0,
                                                         minutesWorked: 0, minutesLate: 0, requiredMinutes: 0)
            total.days += 1
            if row.minutesLate > 0 { total.lateDays += 1 }
            if row.status == DayStatus.absent.rawValue { total.absentDays += 1 }
            total.minutesWorked += row.minutesWorked
            total.minutesLate += row.minutesLate
            total.requiredMinutes += row.requiredMinutes
            totals[row.employeeCode] = total
        }
        return AttendanceReport(kind: kind, from: from.description, to: to.description, site: site, computedAt: now, rows: rows,
                                totals: totals.values.sorted { $0.employeeCode < $1.employeeCode })
    }

    /// Upserts the computed days into `daily_attendance`, in one statement.
    private func store(_ records: [DayRecord]) async throws {
        guard !records.isEmpty else { return }
        let codes = records.map(\.employee.code.rawValue)
        let dates = records.map(\.date.description)
        let shifts = records.map { $0.shiftName ?? "" }
        // No optional arrays in PostgresNIO: the epoch stands for "none" and is turned back with NULLIF.
        let epoch = Date(timeIntervalSince1970: 0)
        let firstIns = records.map { $0.firstIn ?? epoch }
        let lastOuts = records.map { $0.lastOut ?? epoch }
        let statuses = records.map(\.status.rawValue)
        let late = records.map(\.minutesLate)
        let worked = records.map(\.minutesWorked)
        let required = records.map(\.requiredMinutes)
        let flags = records.map(\.flags.rawValue)
        try await client.query("""
            INSERT INTO daily_attendance (employee_code, date, shift_name, first_in, last_out, status, minutes_late,
                minutes_worked, required_minutes, flags, computed_at)
            SELECT code, day::date, NULLIF(shift, ''), NULLIF(first_in, \(epoch)), NULLIF(last_out, \(epoch)), status, late,
                   worked, required, flags, now()
            FROM unnest(\(codes)::text[], \(dates)::text[], \(shifts)::text[], \(firstIns)::timestamptz[],
                        \(lastOuts)::timestamptz[], \(statuses)::text[], \(late)::int8[], \(worked)::int8[],
                        \(required)::int8[], \(flags)::int8[])
                AS t(code, day, shift, first_in, last_out, status, late, worked, required, flags)
            ON CONFLICT (employee_code, date) DO UPDATE SET shift_name = EXCLUDED.shift_name, first_in = EXCLUDED.first_in,
                last_out = EXCLUDED.last_out, status = EXCLUDED.status, minutes_late = EXCLUDED.minutes_late,
                minutes_worked = EXCLUDED.minutes_worked, required_minutes = EXCLUDED.required_minutes,
                flags = EXCLUDED.flags, computed_at = EXCLUDED.computed_at
            """, logger: logger)
    }
}
