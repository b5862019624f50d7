public import Foundation
import Attendance

/// A report over a range of days, with per-employee totals.
public struct AttendanceReport: Codable, Hashable, Sendable {
    /// Totals of one employee over the range.
    public struct EmployeeTotals: Codable, Hashable, Sendable {
        /// Employee code.
        public var employeeCode: String
        /// Days with a record.
        public var days: Int
        /// Days late.
        public var lateDays: Int
        /// Days absent.
        public var absentDays: Int
        /// Minutes worked.
        public var minutesWorked: Int
        /// Minutes late.
        public var minutesLate: Int
        /// Minutes required.
        public var requiredMinutes: Int

        /// Each employee's totals over `rows`, by employee code.
        static func totals(of rows: [ReportRow]) -> [EmployeeTotals] {
            var totals: [String: EmployeeTotals] = [:]
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
            return totals.values.sorted { $0.employeeCode < $1.employeeCode }
        }
    }

    /// A penalty of the site's repeated-lateness rule ("3 lates in a month = one half-day").
    public struct LatenessPenaltyRow: Codable, Hashable, Sendable {
        /// Whose.
        public var employeeCode: String
        /// The late days counted, `YYYY-MM-DD`.
        public var lateDates: [String]
        /// What the penalty is worth, in minutes of expected time.
        public var minutes: Int
        /// Why, in Spanish.
        public var reasonEs: String
        /// Why, in English.
        public var reasonEn: String
    }

    /// Which report.
    public var kind: ReportKind
    /// First day, `YYYY-MM-DD`.
    public var from: String
    /// Last day, `YYYY-MM-DD`.
    public var to: String
    /// The site, nil for all.
    public var site: String?
    /// When it was computed.
    public var computedAt: Date
    /// One row per employee-day (filtered for `late` and `absences`).
    public var rows: [ReportRow]
    /// Per-employee totals over `rows`.
    public var totals: [EmployeeTotals]
    /// The monthly report's penalties from each site's repeated-lateness rule; nil in other reports.
    public var latenessPenalties: [LatenessPenaltyRow]?

    /// The rows as CSV (header line, RFC 4180 quoting, times in ISO 8601 UTC); `reason` (Spanish) and `reason_en`
    /// say why each row's status and figures are what they are.
    public func csv() -> String {
        var lines = ["date,employee_code,employee_name,shift,first_in,last_out,status,minutes_late,minutes_worked,required_minutes,"
                     + "overtime_minutes,approved_overtime_minutes,reason,reason_en,rules_version"]
        for row in rows {
            let fields = [row.date, row.employeeCode, row.employeeName, row.shift ?? "",
                          row.firstIn.map { $0.formatted(.iso8601) } ?? "", row.lastOut.map { $0.formatted(.iso8601) } ?? "",
                          row.status, String(row.minutesLate), String(row.minutesWorked), String(row.requiredMinutes),
                          String(row.overtimeMinutes ?? 0), String(row.approvedOvertimeMinutes ?? 0), row.reasonEs ?? "", row.reasonEn ?? "",
                          row.rulesVersion ?? ""]
            lines.append(fields.map(Self.quote).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Quotes a CSV field when needed; a leading `=`, `+`, `-`, `@`, tab or carriage return is prefixed with `'` so a spreadsheet
    /// never runs a name as a formula.
    static func quote(_ field: String) -> String {
        var text = field
        if let first = text.first, "=+-@\t\r".contains(first), Int(text) == nil { text = "'" + text }
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }
}
