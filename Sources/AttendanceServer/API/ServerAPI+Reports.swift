import APIContract
import Attendance
import Foundation
import OpenAPIRuntime

// The reports: each recomputed from every door's punches, as JSON or (format=csv) CSV.

extension ServerAPI {
    func dailyReport(_ input: Operations.DailyReport.Input) async throws -> Operations.DailyReport.Output {
        let today = rules.localDate(of: Date())
        let day = try Self.date(input.query.date, "date") ?? today
        return .ok(try await report(.daily, from: day, to: day, site: input.query.site, format: input.query.format))
    }

    func weeklyReport(_ input: Operations.WeeklyReport.Input) async throws -> Operations.WeeklyReport.Output {
        let today = rules.localDate(of: Date())
        let start = try Self.date(input.query.start, "start") ?? today.adding(days: 1 - today.weekday.rawValue)
        return .ok(try await report(.weekly, from: start, to: start.adding(days: 6), site: input.query.site, format: input.query.format))
    }

    func monthlyReport(_ input: Operations.MonthlyReport.Input) async throws -> Operations.MonthlyReport.Output {
        let today = rules.localDate(of: Date())
        var (year, month) = (today.year, today.month)
        if let text = input.query.month {
            let parts = text.split(separator: "-")
            guard parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else {
                throw APIError.badRequest("query parameter 'month': '\(text)' is not YYYY-MM")
            }
            (year, month) = (y, m)
        }
        let from = LocalDate(year: year, month: month, day: 1)
        let to = LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year))
        return .ok(try await report(.monthly, from: from, to: to, site: input.query.site, format: input.query.format))
    }

    func lateReport(_ input: Operations.LateReport.Input) async throws -> Operations.LateReport.Output {
        let (from, to) = try range(input.query.from, input.query.to)
        return .ok(try await report(.late, from: from, to: to, site: input.query.site, format: input.query.format))
    }

    func absencesReport(_ input: Operations.AbsencesReport.Input) async throws -> Operations.AbsencesReport.Output {
        let (from, to) = try range(input.query.from, input.query.to)
        return .ok(try await report(.absences, from: from, to: to, site: input.query.site, format: input.query.format))
    }

    /// `from`…`to` of the late and absence reports: the last seven days unless given.
    private func range(_ fromText: String?, _ toText: String?) throws -> (LocalDate, LocalDate) {
        let to = try Self.date(toText, "to") ?? rules.localDate(of: Date())
        return (try Self.date(fromText, "from") ?? to.adding(days: -6), to)
    }

    private static func date(_ text: String?, _ name: String) throws -> LocalDate? {
        guard let text else { return nil }
        guard let date = LocalDate(text) else { throw APIError.badRequest("query parameter '\(name)': '\(text)' is not a YYYY-MM-DD date") }
        return date
    }

    /// The report as JSON, or as CSV when `format=csv`.
    private func report(_ kind: ReportKind, from: LocalDate, to: LocalDate, site: String?,
                        format: Components.Parameters.ReportFormat?) async throws -> Components.Responses.Report {
        let report = try await database.report(kind, from: from, to: to, site: site, rules: rules)
        switch format {
        case .csv:
            // A CSV is what payroll takes: recorded, so the days that change afterwards can be listed.
            try await database.recordExport(kind, from: from, to: to, site: site)
            return .init(body: .csv(HTTPBody(report.csv())))
        case .json, nil: return .init(body: .json(.init(report)))
        }
    }
}
