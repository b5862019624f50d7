public import Attendance
public import Foundation
import PostgresNIO

// MARK: - Reports

extension ServerDatabase {
    /// The report of `from`…`to`: every day as the rules compute it from all punches of all doors, every
    /// correction (made at a kiosk or on the server), each site's holidays and policy and each person's leave and
    /// overtime approvals, with the kiosk's `PunchRules`, each row with its reason. Days whose inputs have not
    /// changed since they were stored, and whose verdict time alone has not changed by `now`, are read as
    /// stored; the others are computed again and stored (each previous verdict that changed is kept)
    /// (`refreshStoredDays`).
    ///
    /// - Parameters:
    ///   - kind: which report (late and absences filter the rows).
    ///   - from: first day.
    ///   - to: last day (at most 62 days after `from`).
    ///   - site: one site's employees, or all.
    ///   - codes: only these people (of `site`, when given).
    ///   - rules: the rules (time zone, windows).
    ///   - now: decides pending vs absent for today.
    public func report(_ kind: ReportKind, from: LocalDate, to: LocalDate, site: String?, codes: [String]? = nil, rules: PunchRules,
                       now: Date = Date()) async throws -> AttendanceReport {
        guard from <= to else { throw APIError.unprocessable("from \(from) is after to \(to)") }
        guard from.adding(days: 62) >= to else { throw APIError.unprocessable("the range \(from)…\(to) is longer than 62 days; ask for less") }
        try await refreshStoredDays(from: from, to: to, site: site, codes: codes, cause: "report \(kind.rawValue) \(from)…\(to)", rules: rules,
                                    now: now)
        var rows = try await storedRows(from: from, to: to, site: site, codes: codes)
        switch kind {
        case .late: rows = rows.filter { $0.minutesLate > 0 }
        case .absences: rows = rows.filter { $0.status == DayStatus.absent.rawValue }
        case .daily, .weekly, .monthly: break
        }
        var report = AttendanceReport(kind: kind, from: from.description, to: to.description, site: site, computedAt: now, rows: rows,
                                      totals: AttendanceReport.EmployeeTotals.totals(of: rows))
        if kind == .monthly { report.latenessPenalties = try await latenessPenalties(rows) }
        return report
    }

    /// Each site's repeated-lateness rule (`SitePolicy.lateness`) applied to its people's rows.
    private func latenessPenalties(_ rows: [ReportRow]) async throws -> [AttendanceReport.LatenessPenaltyRow] {
        let codes = Array(Set(rows.map(\.employeeCode)))
        guard !codes.isEmpty else { return [] }
        var siteOf: [String: String] = [:]
        for try await (code, site) in try await client.query("SELECT code, site_id FROM employees WHERE code = ANY(\(codes))", logger: logger)
            .decode((String, String).self) { siteOf[code] = site }
        var penalties: [LatenessPenalty] = []
        for site in Set(siteOf.values).sorted() {
            guard let rule = try await policy(site: site).lateness else { continue }
            // The rule reads a day's person, date, lateness and required time: the stored row has them all.
            let records = rows.filter { siteOf[$0.employeeCode] == site }.compactMap { row -> DayRecord? in
                guard let date = LocalDate(row.date), let status = DayStatus(rawValue: row.status) else { return nil }
                return DayRecord(employee: Employee(code: EmployeeCode(row.employeeCode), name: row.employeeName, role: .colaborador),
                                 date: date, status: status, minutesLate: row.minutesLate, minutesWorked: row.minutesWorked,
                                 flags: DayFlags(rawValue: row.flags), requiredMinutes: row.requiredMinutes)
            }
            penalties += rule.penalties(for: records)
        }
        return penalties.map { penalty in
            AttendanceReport.LatenessPenaltyRow(employeeCode: penalty.employee.rawValue, lateDates: penalty.lateDates.map(\.description),
                                                minutes: penalty.minutes, reasonEs: penalty.explanation(language: .es),
                                                reasonEn: penalty.explanation(language: .en))
        }
    }
}
