import Attendance
import Foundation
public import Logging
import PostgresNIO

/// Times the web console's two heaviest pages rendered server-side — Today and the month report — for a site
/// of `employees` people on the configured database, as the console does per request: bring the stored days up
/// to date (only days whose inputs changed, or whose verdict time alone changed, are computed with the rules),
/// read them (Today: one page of the day's rows and the site's counts; the month: one page of people's totals and
/// the site's sum, each an aggregate), render the Mustache HTML of that page.
///
/// Beside each page it prints where one steady request spends its time (planning SQL, inputs SQL, rules, store,
/// reading SQL, rendering), the first request after seeding (every day computed and stored), and, measured in
/// the same run, the path every request took before stored days were trusted: recompute every day of the
/// range from all inputs, compare and store, build the rows with their reasons, render the same page.
///
/// It seeds the site `bench-console` once (people on the morning shift Monday to Friday, an entry and an exit
/// for every working day of this month so far, from two doors); a second run reuses it.
///
/// ```
/// ASISTENCIA_DATABASE_URL=postgres://… asistencia-server bench-console 5000
/// ```
public enum ConsoleBenchmark {
    /// One page's figures, in milliseconds.
    public struct Page: Sendable {
        /// Each steady run (after the first): data and HTML.
        public var runs: [Double] = []
        /// The first request after seeding: every day of the page computed and stored.
        public var first: Double = 0
        /// HTML size.
        public var bytes = 0
        /// One steady request, step by step: working out what to compute (SQL).
        public var planning: [Double] = []
        /// Reading the inputs of the days computed (SQL).
        public var reading: [Double] = []
        /// The rules on those days.
        public var rules: [Double] = []
        /// Comparing and storing what changed (SQL).
        public var storing: [Double] = []
        /// Reading the page's rows or totals (SQL).
        public var rows: [Double] = []
        /// Mustache rendering.
        public var rendering: [Double] = []
        /// The path before: every day recomputed from all inputs (SQL), the rules, compare and store, rows with
        /// reasons, the same rendering.
        public var before: [Double] = []
        /// Of `before`, reading the inputs.
        public var beforeReading: [Double] = []
        /// Of `before`, the rules.
        public var beforeRules: [Double] = []
        /// Of `before`, comparing and storing.
        public var beforeStoring: [Double] = []
    }

    /// What was measured.
    public struct Result: Sendable {
        /// People at the site.
        public var employees: Int
        /// Punches of the site this month.
        public var punches: Int
        /// The Today page.
        public var today = Page()
        /// The month report's page.
        public var month = Page()
        /// People on a page of Today and of the report.
        public var pageSize = ConsolePager.pageSize
        /// The machine's load average when the runs ended (`/proc/loadavg`), so figures from a busy machine read as such.
        public var load = ""

        /// A plain-text table: medians against the 200 ms target, the steady request's breakdown, the path
        /// before and the ratio before / now.
        public var table: String {
            func median(_ values: [Double]) -> Double { values.isEmpty ? 0 : values.sorted()[values.count / 2] }
            func cell(_ text: String, _ width: Int) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }
            func ms(_ values: [Double]) -> String { String(format: "%.0f", median(values)) }
            func line(_ name: String, _ page: Page) -> String {
                cell(name, 14) + cell(ms(page.runs), 11) + cell(String(format: "%.0f", page.runs.min() ?? 0), 9)
                    + cell(String(format: "%.0f", page.first), 10) + cell(String(page.bytes / 1024), 10)
                    + cell(ms(page.before), 11) + cell(String(format: "%.1f×", median(page.before) / max(median(page.runs), 0.001)), 8)
                    + (median(page.runs) <= 200 ? "≤ 200 ms: met" : "≤ 200 ms: NOT met")
            }
            func steps(_ name: String, _ page: Page) -> String {
                cell(name, 14) + cell(ms(page.planning), 10) + cell(ms(page.reading), 12) + cell(ms(page.rules), 7) + cell(ms(page.storing), 7)
                    + cell(ms(page.rows), 10) + cell(ms(page.rendering), 8)
                    + "| before: inputs \(ms(page.beforeReading)), rules \(ms(page.beforeRules)), store \(ms(page.beforeStoring))"
            }
            return """
                web console, \(employees) employees, \(punches) punches this month (server-side: data + HTML, first page of \(pageSize) people), load average \(load)
                \(cell("page", 14))\(cell("median ms", 11))\(cell("best ms", 9))\(cell("first ms", 10))\(cell("HTML KiB", 10))\(cell("before ms", 11))\(cell("ratio", 8))target
                \(line("Today", today))
                \(line("month report", month))
                one steady request, median ms (SQL: plan, inputs, store, rows; then rules and rendering):
                \(cell("page", 14))\(cell("plan SQL", 10))\(cell("inputs SQL", 12))\(cell("rules", 7))\(cell("store", 7))\(cell("rows SQL", 10))\(cell("render", 8))
                \(steps("Today", today))
                \(steps("month report", month))
                first: the first request after seeding (every day computed and stored); before: every day recomputed, compared
                and stored, rows built with reasons, same page rendered (the path each request took before), same run and load.
                """
        }
    }

    static let site = "bench-console"

    /// Seeds (once) and measures, `runs` steady times each page after a first request.
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
            var result = Result(employees: employees, punches: punches)
            let pageSize = result.pageSize
            let clock = ContinuousClock()
            let day = rules.localDate(of: Date())
            let query = WebConsole.ReportQuery(period: .month, date: day, site: site)
            let (first, last) = query.range

            func todayPage() async throws -> (Double, Int, Double) {
                var html = ""
                var render = Duration.zero
                let total = try await clock.measure {
                    let data = try await console.todayData(site: site, user: user, now: Date())
                    render = clock.measure {
                        html = console.renderer.html(TodayTemplate.name, title: "Hoy", data: data, language: .es, account: user.account,
                                                     csrf: user.session.csrfToken, refreshSeconds: WebConsole.todayRefreshSeconds)
                    }
                }
                return (milliseconds(total), html.utf8.count, milliseconds(render))
            }
            func monthPage() async throws -> (Double, Int, Double) {
                var html = ""
                var render = Duration.zero
                let total = try await clock.measure {
                    let data = try await console.reportsData(query, user: user)
                    render = clock.measure {
                        html = console.renderer.html(ReportsTemplate.name, title: "Informes", data: data, language: .es,
                                                     account: user.account, csrf: user.session.csrfToken)
                    }
                }
                return (milliseconds(total), html.utf8.count, milliseconds(render))
            }
            /// One steady request's steps, and the path before on the same days.
            func breakdown(_ page: inout Page, from: LocalDate, to: LocalDate, rows: () async throws -> Void, render: Double) async throws {
                let refresh = try await database.refreshStoredDays(from: from, to: to, site: site, cause: "bench", rules: rules, now: Date())
                page.planning.append(milliseconds(refresh.planning))
                page.reading.append(milliseconds(refresh.reading))
                page.rules.append(milliseconds(refresh.computing))
                page.storing.append(milliseconds(refresh.storing))
                page.rows.append(milliseconds(try await clock.measure { try await rows() }))
                page.rendering.append(render)
                // Before: everything recomputed and compared, then the rows with their reasons in both languages.
                let now = Date()
                let started = clock.now
                let inputs = try await database.dayInputs(from: from, to: to, site: site)
                let read = clock.now
                let records = inputs.records(rules: rules, now: now)
                let computed = clock.now
                try await database.store(records, cause: "bench", rules: rules, now: now)
                let stored = clock.now
                let reportRows = records.map { record in
                    ReportRow(date: record.date.description, employeeCode: record.employee.code.rawValue, employeeName: record.employee.name,
                              shift: record.shiftName, firstIn: record.firstIn, lastOut: record.lastOut, status: record.status.rawValue,
                              minutesLate: record.minutesLate, minutesWorked: record.minutesWorked, requiredMinutes: record.requiredMinutes,
                              flags: record.flags.rawValue, overtimeMinutes: record.overtimeMinutes,
                              approvedOvertimeMinutes: record.approvedOvertimeMinutes,
                              reasonEs: record.explanation.summary(language: .es, date: record.date),
                              reasonEn: record.explanation.summary(language: .en, date: record.date), rulesVersion: record.explanation.rulesVersion)
                }
                _ = AttendanceReport.EmployeeTotals.totals(of: reportRows)
                page.beforeReading.append(milliseconds(read - started))
                page.beforeRules.append(milliseconds(computed - read))
                page.beforeStoring.append(milliseconds(stored - computed))
                page.before.append(milliseconds(clock.now - started) + render)
            }

            (result.today.first, result.today.bytes, _) = try await todayPage()
            (result.month.first, result.month.bytes, _) = try await monthPage()
            // The planner's statistics as autovacuum leaves them a minute after a bulk load: without them PostgreSQL
            // takes the freshly seeded tables for a dozen rows and plans the steady requests for that.
            try await database.client.query("ANALYZE employees, schedules, punches, daily_attendance, attendance_coverage, attendance_stale",
                                            logger: database.logger)
            for _ in 0..<runs {
                let (today, todayBytes, todayRender) = try await todayPage()
                result.today.runs.append(today)
                result.today.bytes = todayBytes
                try await breakdown(&result.today, from: day, to: day, rows: {
                    async let rows = database.todayRows(site: site, on: day, limit: pageSize)
                    async let counts = database.todayCounts(site: site, on: day)
                    _ = try await (rows, counts)
                }, render: todayRender)
                // The path before also read each person's last punch and door in a second query.
                let lastPunches = try await clock.measure { _ = try await database.lastPunches(site: site, on: day) }
                result.today.before[result.today.before.count - 1] += milliseconds(lastPunches)

                let (month, monthBytes, monthRender) = try await monthPage()
                result.month.runs.append(month)
                result.month.bytes = monthBytes
                try await breakdown(&result.month, from: first, to: last, rows: {
                    async let totals = database.storedTotals(from: first, to: last, site: site, shift: nil, status: nil, person: nil,
                                                             limit: pageSize)
                    async let sum = database.storedSum(from: first, to: last, site: site, shift: nil, status: nil, person: nil)
                    _ = try await (totals, sum)
                }, render: monthRender)
            }
            result.load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
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
