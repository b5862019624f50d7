public import Attendance
public import Foundation
import PostgresNIO

// MARK: - Reports

extension ServerDatabase {
    /// Recomputes every day of `from`…`to` from all punches of all doors, every correction (made at a kiosk
    /// or on the server), each site's holidays and policy and each person's leave and overtime approvals, with
    /// the kiosk's `PunchRules`; stores the results in `daily_attendance` (keeping each previous verdict that
    /// changed) and returns the report, each row with its reason.
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
        let records = try await computeDays(from: from, to: to, site: site, rules: rules, now: now)
        try await store(records, cause: "report \(kind.rawValue) \(from)…\(to)")
        var rows = records.map { record in
            ReportRow(date: record.date.description, employeeCode: record.employee.code.rawValue, employeeName: record.employee.name,
                      shift: record.shiftName, firstIn: record.firstIn, lastOut: record.lastOut, status: record.status.rawValue,
                      minutesLate: record.minutesLate, minutesWorked: record.minutesWorked, requiredMinutes: record.requiredMinutes,
                      flags: record.flags.rawValue, overtimeMinutes: record.overtimeMinutes,
                      approvedOvertimeMinutes: record.approvedOvertimeMinutes,
                      reasonEs: record.explanation.summary(language: .es, date: record.date),
                      reasonEn: record.explanation.summary(language: .en, date: record.date),
                      rulesVersion: record.explanation.rulesVersion)
        }
        switch kind {
        case .late: rows = rows.filter { $0.minutesLate > 0 }
        case .absences: rows = rows.filter { $0.status == DayStatus.absent.rawValue }
        case .daily, .weekly, .monthly: break
        }
        var report = AttendanceReport(kind: kind, from: from.description, to: to.description, site: site, computedAt: now, rows: rows,
                                      totals: AttendanceReport.EmployeeTotals.totals(of: rows))
        if kind == .monthly { report.latenessPenalties = try await latenessPenalties(records) }
        return report
    }

    /// Each site's repeated-lateness rule (`SitePolicy.lateness`) applied to its people's records.
    private func latenessPenalties(_ records: [DayRecord]) async throws -> [AttendanceReport.LatenessPenaltyRow] {
        let codes = Array(Set(records.map(\.employee.code.rawValue)))
        guard !codes.isEmpty else { return [] }
        var siteOf: [String: String] = [:]
        for try await (code, site) in try await client.query("SELECT code, site_id FROM employees WHERE code = ANY(\(codes))", logger: logger)
            .decode((String, String).self) { siteOf[code] = site }
        var penalties: [LatenessPenalty] = []
        for site in Set(siteOf.values).sorted() {
            guard let rule = try await policy(site: site).lateness else { continue }
            penalties += rule.penalties(for: records.filter { siteOf[$0.employee.code.rawValue] == site })
        }
        return penalties.map { penalty in
            AttendanceReport.LatenessPenaltyRow(employeeCode: penalty.employee.rawValue, lateDates: penalty.lateDates.map(\.description),
                                                minutes: penalty.minutes, reasonEs: penalty.explanation(language: .es),
                                                reasonEn: penalty.explanation(language: .en))
        }
    }
}
