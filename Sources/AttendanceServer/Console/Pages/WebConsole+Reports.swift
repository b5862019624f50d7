import Attendance
import Foundation
import Hummingbird

// MARK: - Reports

extension WebConsole {
    /// A report's question, from the query: period, day, site and the filters.
    struct ReportQuery: Sendable {
        enum Period: String, CaseIterable, Sendable { case day, week, month }
        var period: Period
        var date: LocalDate
        var site: String
        var shift: String?
        var status: String?
        var person: String?

        /// First and last day of the period around `date` (weeks start on Monday).
        var range: (from: LocalDate, to: LocalDate) {
            switch period {
            case .day: return (date, date)
            case .week:
                let monday = date.adding(days: 1 - date.weekday.rawValue)
                return (monday, monday.adding(days: 6))
            case .month:
                return (LocalDate(year: date.year, month: date.month, day: 1),
                        LocalDate(year: date.year, month: date.month, day: LocalDate.daysIn(month: date.month, year: date.year)))
            }
        }

        var kind: ReportKind {
            switch period {
            case .day: .daily
            case .week: .weekly
            case .month: .monthly
            }
        }

        /// The query items that ask for this report again.
        var queryItems: [URLQueryItem] {
            var items = [URLQueryItem(name: "period", value: period.rawValue), URLQueryItem(name: "date", value: date.description),
                         URLQueryItem(name: "site", value: site)]
            if let shift { items.append(URLQueryItem(name: "shift", value: shift)) }
            if let status { items.append(URLQueryItem(name: "status", value: status)) }
            if let person { items.append(URLQueryItem(name: "person", value: person)) }
            return items
        }

        /// The query string that asks for this report again.
        var queryString: String {
            var components = URLComponents()
            components.queryItems = queryItems
            return components.percentEncodedQuery ?? ""
        }
    }

    /// Reads the report's query.
    ///
    /// - Throws: 400 for a bad period or date, 403 for a supervisor asking for another site.
    func reportQuery(_ request: Request, user: SignedIn) throws -> ReportQuery {
        let query = request.uri.queryParameters
        func value(_ name: String) -> String? {
            query[Substring(name)].map(String.init).flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        }
        let periodText = value("period") ?? "day"
        guard let period = ReportQuery.Period(rawValue: periodText) else {
            throw ConsoleError(.badRequest, .badForm, detail: "period '\(periodText)'")
        }
        var date = rules.localDate(of: Date())
        if let text = value("date") {
            guard let parsed = LocalDate(text) else { throw ConsoleError(.badRequest, .badDate, detail: text) }
            date = parsed
        }
        return ReportQuery(period: period, date: date, site: try site(of: request, for: user), shift: value("shift"),
                           status: value("status"), person: value("person"))
    }

    /// The report for `query`: the server's own report (every door, every correction), then the filters,
    /// then totals over what is left.
    func filteredReport(_ query: ReportQuery, now: Date = Date()) async throws -> AttendanceReport {
        let (from, to) = query.range
        var report = try await database.report(query.kind, from: from, to: to, site: query.site, rules: rules, now: now)
        report.rows = report.rows.filter { row in
            (query.shift == nil || row.shift == query.shift) && (query.status == nil || row.status == query.status)
                && (query.person == nil || row.employeeCode == query.person)
        }
        report.totals = AttendanceReport.EmployeeTotals.totals(of: report.rows)
        return report
    }

    func reportsPage(_ request: Request) async throws -> Response {
        let user = try await signedIn(request)
        let query = try reportQuery(request, user: user)
        let data = try await reportsData(query, user: user, pager: try ConsolePager(request))
        return page(ReportsTemplate.name, title: .reports, data: data, user: user)
    }

    /// The Reports page's data, one page of people at a time: a day's (or one person's) rows and totals from the
    /// report; a longer period's totals from the stored days, brought up to date first (its rows are not shown):
    /// the page's people in one aggregate, the whole site's sum in another beside it.
    func reportsData(_ query: ReportQuery, user: SignedIn, now: Date = Date(), pager: ConsolePager = ConsolePager()) async throws
        -> [String: Any] {
        let language = user.language
        let showRows = query.period == .day || query.person != nil
        let (from, to) = query.range
        var rows: [ReportRow] = []
        let perPerson: [(totals: AttendanceReport.EmployeeTotals, name: String)]
        let people: Int
        var sum = (days: 0, late: 0, absent: 0, worked: 0, required: 0, minutesLate: 0)
        if showRows {
            let report = try await filteredReport(query, now: now)
            for total in report.totals {
                sum.days += total.days
                sum.late += total.lateDays
                sum.absent += total.absentDays
                sum.worked += total.minutesWorked
                sum.required += total.requiredMinutes
                sum.minutesLate += total.minutesLate
            }
            people = report.totals.count
            let page = report.totals.dropFirst(pager.offset).prefix(pager.size)
            let codes = Set(page.map(\.employeeCode))
            rows = report.rows.filter { codes.contains($0.employeeCode) }
            var names: [String: String] = [:]
            for row in rows { names[row.employeeCode] = row.employeeName }
            perPerson = page.map { ($0, names[$0.employeeCode] ?? $0.employeeCode) }
        } else {
            try await database.refreshStoredDays(from: from, to: to, site: query.site, cause: "report \(query.kind.rawValue) \(from)…\(to)",
                                                 rules: rules, now: now)
            async let pageTotals = database.storedTotals(from: from, to: to, site: query.site, shift: query.shift, status: query.status,
                                                         person: query.person, limit: pager.size, offset: pager.offset)
            async let siteSum = database.storedSum(from: from, to: to, site: query.site, shift: query.shift, status: query.status,
                                                   person: query.person)
            let (pageList, whole) = try await (pageTotals, siteSum)
            perPerson = pageList
            people = whole.people
            sum = (whole.totals.days, whole.totals.lateDays, whole.totals.absentDays, whole.totals.minutesWorked, whole.totals.requiredMinutes,
                   whole.totals.minutesLate)
        }
        let format = ConsoleFormat(rules: rules)
        let totals: [[String: Any]] = perPerson.map { total, name in
            ["code": total.employeeCode, "name": name,
             "url": Self.url("/console/people/", total.employeeCode), "days": total.days, "lateDays": total.lateDays,
             "absentDays": total.absentDays, "worked": ConsoleFormat.hours(total.minutesWorked),
             "required": ConsoleFormat.hours(total.requiredMinutes), "minutesLate": total.minutesLate]
        }
        let periodKeys: [ReportQuery.Period: ConsoleText.Key] = [.day: .periodDay, .week: .periodWeek, .month: .periodMonth]
        var data: [String: Any] = [
            "from": from.description, "to": to.description, "date": query.date.description, "person": query.person ?? "",
            "csvURL": "/console/reports.csv?" + query.queryString, "rowCount": sum.days, "totals": totals,
            "sum": ["days": sum.days, "lateDays": sum.late, "absentDays": sum.absent, "worked": ConsoleFormat.hours(sum.worked),
                    "required": ConsoleFormat.hours(sum.required), "minutesLate": sum.minutesLate] as [String: Any],
            "showRows": showRows,
            "periods": ReportQuery.Period.allCases.map { period in
                ["value": period.rawValue, "label": ConsoleText.text(periodKeys[period] ?? .periodDay, language),
                 "selected": period == query.period] as [String: Any]
            },
            "statuses": DayStatus.allCases.map { status in
                ["value": status.rawValue, "label": status.label(language: language), "selected": status.rawValue == query.status] as [String: Any]
            },
            "shifts": try await database.shifts().map { ["value": $0.name, "selected": $0.name == query.shift] as [String: Any] },
        ]
        data["pager"] = pager.data(total: people, path: "/console/reports", query: query.queryItems)
        let sites = try await database.sites().filter { user.account.mayOpen(site: $0.id) }
        data["sites"] = sites.map { ["id": $0.id, "name": $0.name, "selected": $0.id == query.site] as [String: Any] }
        if showRows {
            data["rows"] = rows.map { row in
                ["date": row.date, "code": row.employeeCode, "name": row.employeeName, "shift": row.shift ?? "", "status": row.status,
                 "statusLabel": DayStatus(rawValue: row.status)?.label(language: language) ?? row.status,
                 "firstIn": format.time(row.firstIn), "lastOut": format.time(row.lastOut),
                 "minutesLate": row.minutesLate > 0 ? String(row.minutesLate) : "", "worked": ConsoleFormat.hours(row.minutesWorked)]
                    as [String: Any]
            }
        }
        return data
    }

    /// The filtered report as CSV (the server's RFC 4180, formula-safe writer), as a download.
    func reportsCSV(_ request: Request) async throws -> Response {
        let user = try await signedIn(request)
        let query = try reportQuery(request, user: user)
        let report = try await filteredReport(query)
        var headers = ConsoleRenderer.headers(contentType: "text/csv; charset=utf-8")
        let name = "asistencia-\(query.site)-\(report.from)-\(report.to).csv".filter { $0.isLetter || $0.isNumber || "-._".contains($0) }
        headers[.contentDisposition] = "attachment; filename=\"\(name)\""
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: report.csv())))
    }
}
