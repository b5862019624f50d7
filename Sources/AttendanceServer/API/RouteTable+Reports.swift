import Attendance
import Foundation
import Hummingbird
import SyncProtocol

// MARK: - Report routes

extension RouteTable {
    static func reportRoutes(_ database: ServerDatabase, rules: PunchRules) -> [APIRoute] {
        ReportKind.allCases.map { kind in
            APIRoute(.get, SyncAPI.pathPrefix + "/admin/reports/\(kind.rawValue)", access: .admin,
                     summary: "Attendance report: \(kind.rawValue) (JSON, or CSV with format=csv)", response: "AttendanceReport",
                     query: queryParameters(for: kind) + ["site", "format"], offersCSV: true) { request, _, _ in
                let query = request.uri.queryParameters
                let (from, to) = try range(for: kind, query: { query.get($0) }, today: rules.localDate(of: Date()))
                let report = try await database.report(kind, from: from, to: to, site: query.get("site"), rules: rules)
                switch query.get("format") ?? "json" {
                case "json": return try JSONBody.response(report)
                case "csv": return JSONBody.text(report.csv(), contentType: "text/csv; charset=utf-8")
                case let other: throw APIError.badRequest("format '\(other)' is not json or csv")
                }
            }
        }
    }

    static func queryParameters(for kind: ReportKind) -> [String] {
        switch kind {
        case .daily: ["date"]
        case .weekly: ["start"]
        case .monthly: ["month"]
        case .late, .absences: ["from", "to"]
        }
    }

    /// The days a report covers, from its query parameters.
    static func range(for kind: ReportKind, query: (String) -> String?, today: LocalDate) throws -> (LocalDate, LocalDate) {
        func date(_ name: String, default value: LocalDate) throws -> LocalDate {
            guard let text = query(name) else { return value }
            guard let parsed = LocalDate(text) else { throw APIError.badRequest("\(name) '\(text)' is not a YYYY-MM-DD date") }
            return parsed
        }
        switch kind {
        case .daily:
            let day = try date("date", default: today)
            return (day, day)
        case .weekly:
            let monday = today.adding(days: 1 - today.weekday.rawValue)
            let start = try date("start", default: monday)
            return (start, start.adding(days: 6))
        case .monthly:
            var year = today.year
            var month = today.month
            if let text = query("month") {
                let parts = text.split(separator: "-")
                guard parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m), (1970...9999).contains(y) else {
                    throw APIError.badRequest("month '\(text)' is not YYYY-MM")
                }
                year = y
                month = m
            }
            return (LocalDate(year: year, month: month, day: 1),
                    LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year)))
        case .late, .absences:
            let to = try date("to", default: today)
            let from = try date("from", default: to.adding(days: -6))
            return (from, to)
        }
    }
}
