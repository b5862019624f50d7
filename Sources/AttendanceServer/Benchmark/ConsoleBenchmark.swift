import Attendance
public import Foundation
public import Logging
import PostgresNIO

/// Times the web console's two heaviest pages rendered server-side — Today and the month report — for a site
/// of `employees` people on the configured database: the data (the server's report, recomputed from every
/// punch with the attendance rules, and stored) plus the Mustache rendering, as the console does per request.
///
/// It seeds the site `bench-console` once (people on the morning shift Monday to Friday, an entry and an exit
/// for every working day of this month so far, from two doors); a second run reuses it.
///
/// ```
/// ASISTENCIA_DATABASE_URL=postgres://… asistencia-server bench-console 5000
/// ```
public enum ConsoleBenchmark {
    /// What was measured.
    public struct Result: Sendable {
        /// People at the site.
        public var employees: Int
        /// Punches of the site this month.
        public var punches: Int
        /// Today's page: each run's milliseconds.
        public var todayMilliseconds: [Double]
        /// Today's HTML size.
        public var todayBytes: Int
        /// The month report's page: each run's milliseconds.
        public var monthMilliseconds: [Double]
        /// The month report's HTML size.
        public var monthBytes: Int
        /// The server's report alone (recompute and store, no HTML) for today: each run's milliseconds.
        public var todayReportMilliseconds: [Double] = []
        /// The server's report alone for the month: each run's milliseconds.
        public var monthReportMilliseconds: [Double] = []
        /// Today's Mustache rendering alone (data ready): each run's milliseconds.
        public var todayRenderMilliseconds: [Double] = []
        /// The month page's Mustache rendering alone: each run's milliseconds.
        public var monthRenderMilliseconds: [Double] = []

        /// A plain-text table: median and best of the runs, against the target, and the share of the server's report.
        public var table: String {
            func median(_ values: [Double]) -> Double { values.isEmpty ? 0 : values.sorted()[values.count / 2] }
            func cell(_ text: String, _ width: Int) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }
            func line(_ name: String, _ runs: [Double], _ report: [Double], _ render: [Double], _ bytes: Int) -> String {
                cell(name, 15) + cell(String(format: "%.0f", median(runs)), 12) + cell(String(format: "%.0f", runs.min() ?? 0), 10)
                    + cell(String(format: "%.0f", median(report)), 18) + cell(String(format: "%.0f", median(render)), 18)
                    + cell(String(runs.count), 6) + cell(String(bytes / 1024), 10) + "≤ 200 ms"
            }
            return """
                web console, \(employees) employees, \(punches) punches this month (server-side: data + HTML)
                \(cell("page", 15))\(cell("median ms", 12))\(cell("best ms", 10))\(cell("report alone ms", 18))\(cell("render alone ms", 18))\(cell("runs", 6))\(cell("HTML KiB", 10))target
                \(line("Today", todayMilliseconds, todayReportMilliseconds, todayRenderMilliseconds, todayBytes))
                \(line("month report", monthMilliseconds, monthReportMilliseconds, monthRenderMilliseconds, monthBytes))
                """
        }
    }

    static let site = "bench-console"

    /// Seeds (once) and measures, `runs` times each page.
    ///
    /// - Throws: PostgreSQL errors; `ServerConfigurationError` for bad settings.
    public static func run(employees: Int, runs: Int = 5, configuration: ServerConfiguration, logger: Logger) async throws -> Result {
        precondition(employees > 0 && runs > 0, "the console benchmark needs employees and runs")
        return try await ServerDatabase.withMigrated(url: configuration.database, poolSize: 4, logger: logger) { database in
            try await database.seed(defaultSite: configuration.defaultSite, adminToken: nil)
            let rules = PunchRules(timeZone: configuration.timeZone)
            let punches = try await seed(employees: employees, database: database, rules: rules)
            let console = try WebConsole(database: database, rules: rules, secureCookies: false)
            let user = WebConsole.SignedIn(
                account: ConsoleAccount(code: "bench-admin", name: "Bench", role: .administrador, site: site),
                session: ConsoleSession(employeeCode: "bench-admin", csrfToken: CSRFToken.make(), signedInAt: Date()), language: .es)
            var result = Result(employees: employees, punches: punches, todayMilliseconds: [], todayBytes: 0, monthMilliseconds: [], monthBytes: 0)
            let clock = ContinuousClock()
            for _ in 0..<runs {
                var html = ""
                var render = Duration.zero
                let today = try await clock.measure {
                    let data = try await console.todayData(site: site, user: user, now: Date())
                    render = clock.measure {
                        html = console.renderer.html(TodayTemplate.name, title: "Hoy", data: data, language: .es, account: user.account,
                                                     csrf: user.session.csrfToken, refreshSeconds: WebConsole.todayRefreshSeconds)
                    }
                }
                result.todayRenderMilliseconds.append(milliseconds(render))
                result.todayMilliseconds.append(milliseconds(today))
                result.todayBytes = html.utf8.count
                let month = try await clock.measure {
                    let query = WebConsole.ReportQuery(period: .month, date: rules.localDate(of: Date()), site: site)
                    let data = try await console.reportsData(query, user: user)
                    render = clock.measure {
                        html = console.renderer.html(ReportsTemplate.name, title: "Informes", data: data, language: .es,
                                                     account: user.account, csrf: user.session.csrfToken)
                    }
                }
                result.monthRenderMilliseconds.append(milliseconds(render))
                result.monthMilliseconds.append(milliseconds(month))
                result.monthBytes = html.utf8.count
                let day = rules.localDate(of: Date())
                let first = LocalDate(year: day.year, month: day.month, day: 1)
                let last = LocalDate(year: day.year, month: day.month, day: LocalDate.daysIn(month: day.month, year: day.year))
                result.todayReportMilliseconds.append(milliseconds(try await clock.measure {
                    _ = try await database.report(.daily, from: day, to: day, site: site, rules: rules)
                }))
                result.monthReportMilliseconds.append(milliseconds(try await clock.measure {
                    _ = try await database.report(.monthly, from: first, to: last, site: site, rules: rules)
                }))
            }
            return result
        }
    }

    private static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }

    /// Seeds the site unless it already has `employees` people; returns the site's punches this month.
    private static func seed(employees count: Int, database: ServerDatabase, rules: PunchRules) async throws -> Int {
        let logger = database.logger
        try await database.save(site: AdminSite(id: site, name: "Benchmark"))
        let existing = try await database.client.query("SELECT COUNT(*)::int8 FROM employees WHERE site_id = \(site)", logger: logger)
            .decode(Int64.self).first { _ in true } ?? 0
        let today = rules.localDate(of: Date())
        let first = LocalDate(year: today.year, month: today.month, day: 1)
        if existing < count {
            let doors = [try await database.registerKiosk(name: "Puerta norte", site: site).kioskID,
                         try await database.registerKiosk(name: "Puerta sur", site: site).kioskID]
            let shift = try await database.shifts().first?.name ?? "Mañana"
            let codes = (0..<count).map { String(format: "B%05d", $0) }
            let names = codes.map { "Persona \($0)" }
            try await database.transaction { connection in
                let version = try await ServerDatabase.nextRosterVersion(connection, logger: logger)
                try await connection.query("""
                    INSERT INTO employees (code, name, role, site_id, roster_version)
                    SELECT code, name, 'COLABORADOR', \(site), \(version) FROM unnest(\(codes)::text[], \(names)::text[]) AS t(code, name)
                    ON CONFLICT (code) DO NOTHING
                    """, logger: logger)
                try await connection.query("""
                    INSERT INTO schedules (employee_code, weekday, shift_name, roster_version)
                    SELECT code, day, \(shift), \(version) FROM unnest(\(codes)::text[]) AS c(code), generate_series(1, 5) AS day
                    ON CONFLICT DO NOTHING
                    """, logger: logger)
            }
            let now = Date()
            var date = first
            var sequence: Int64 = 0
            while date <= today {
                if date.weekday.rawValue <= 5 {
                    var ids: [UUID] = [], kiosks: [String] = [], sequences: [Int64] = [], people: [String] = []
                    var instants: [Date] = [], kinds: [String] = []
                    for (index, code) in codes.enumerated() {
                        // Arrivals spread over 05:50–06:29 (some late), exits at 14:00–14:19, each through one of two doors.
                        let arrival = rules.instant(on: date, at: LocalTime(hour: 5, minute: 50)).addingTimeInterval(Double(index % 40) * 60)
                        let exit = rules.instant(on: date, at: LocalTime(hour: 14, minute: 0)).addingTimeInterval(Double(index % 20) * 60)
                        for (instant, kind) in [(arrival, "IN"), (exit, "OUT")] where instant < now {
                            sequence += 1
                            ids.append(UUID())
                            kiosks.append(doors[index % 2])
                            sequences.append(sequence)
                            people.append(code)
                            instants.append(instant)
                            kinds.append(kind)
                        }
                    }
                    if !ids.isEmpty {
                        try await database.client.query("""
                            INSERT INTO punches (id, kiosk_id, received_from, site_id, sequence, employee_code, instant, local_date, kind, method)
                            SELECT id, kiosk, kiosk, \(site), seq, code, instant, \(date.description)::date, kind, 'face'
                            FROM unnest(\(ids)::uuid[], \(kiosks)::text[], \(sequences)::int8[], \(people)::text[], \(instants)::timestamptz[],
                                        \(kinds)::text[]) AS t(id, kiosk, seq, code, instant, kind)
                            """, logger: logger)
                    }
                }
                date = date.adding(days: 1)
            }
        }
        return Int(try await database.client.query("""
            SELECT COUNT(*)::int8 FROM punches WHERE site_id = \(site) AND local_date >= \(first.description)::date
            """, logger: logger).decode(Int64.self).first { _ in true } ?? 0)
    }
}
