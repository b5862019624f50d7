@testable import AttendanceServer
import Attendance
import Foundation
import HTTPTypes
import TestEnvironment
import Testing

@Suite("Web console pages of people", .timeLimit(.minutes(20)))
struct ConsolePagingTests {
    /// Adds `count` people to the default site, on the morning shift every day of the week, in one statement.
    static func seedPeople(_ count: Int, server: AttendanceServerApp) async throws {
        let database = server.database
        let codes = (0..<count).map { String(format: "Q%04d", $0) }
        try await database.transaction { connection in
            let version = try await ServerDatabase.nextRosterVersion(connection, logger: database.logger)
            try await connection.query("""
                INSERT INTO employees (code, name, role, site_id, roster_version)
                SELECT code, 'Persona ' || code, 'COLABORADOR', 'principal', \(version) FROM unnest(\(codes)::text[]) AS t(code)
                """, logger: database.logger)
            try await connection.query("""
                INSERT INTO schedules (employee_code, weekday, shift_name, roster_version)
                SELECT code, day, 'Mañana', \(version) FROM unnest(\(codes)::text[]) AS c(code), generate_series(1, 7) AS day
                """, logger: database.logger)
        }
    }

    @Test("a site with more people than a page shows Today and the month report a page at a time, with links that keep the filters, and counts for everyone",
          .needs(.postgres, missing: TestDatabase.missing))
    func pages() async throws {
        try await withTestServer { api, server in
            try await ConsoleTests.account(server, "A1", role: "ADMINISTRADOR")
            let people = ConsolePager.pageSize + 1
            try await Self.seedPeople(people, server: server)
            let browser = ConsoleClient(api.client)
            try await browser.signIn("A1", ConsoleTests.password)
            func personLinks(_ body: String) -> Int { body.components(separatedBy: "<a href=\"/console/people/Q").count - 1 }

            let first = try await browser.get("/console/today")
            #expect(first.status == .ok)
            #expect(first.body.contains("1–\(ConsolePager.pageSize) de \(people)"), "the page says which rows of how many")
            #expect(first.body.contains("href=\"/console/today?site=principal&amp;page=2\""), "a link to the next page")
            #expect(!first.body.contains("rel=\"prev\""), "no previous page before the first")
            #expect(personLinks(first.body) == ConsolePager.pageSize)
            #expect(first.body.contains("Q0000") && !first.body.contains("Q\(String(format: "%04d", people - 1))"))
            #expect(first.body.contains("id=\"count-scheduled\"><b>\(people)</b>"), "the counts are the whole site's")

            let second = try await browser.get("/console/today?site=principal&page=2")
            #expect(second.body.contains("\(people)–\(people) de \(people)"))
            #expect(second.body.contains("Q\(String(format: "%04d", people - 1))") && !second.body.contains("Q0000"))
            #expect(second.body.contains("href=\"/console/today?site=principal&amp;page=1\""), "a link back to the first page")
            #expect(!second.body.contains("rel=\"next\""), "no next page after the last")

            #expect(try await browser.get("/console/today?page=0").status == .badRequest)
            #expect(try await browser.get("/console/today?page=dos").status == .badRequest)

            let day = server.rules.localDate(of: Date()).description
            let month = try await browser.get("/console/reports?period=month&date=\(day)&site=principal&shift=Ma%C3%B1ana")
            #expect(month.status == .ok)
            #expect(month.body.contains("1–\(ConsolePager.pageSize) de \(people)"))
            #expect(month.body.contains("href=\"/console/reports?period=month&amp;date=\(day)&amp;site=principal&amp;shift=Ma%C3%B1ana&amp;page=2\""),
                    "the next page keeps the period, date, site and filters")
            #expect(personLinks(month.body) == ConsolePager.pageSize)
            let monthLast = try await browser.get("/console/reports?period=month&date=\(day)&site=principal&shift=Ma%C3%B1ana&page=2")
            #expect(personLinks(monthLast.body) == 1)
            // The footer sums everyone on every page: the same on both pages.
            func footer(_ body: String) -> String? { body.range(of: "<tfoot>.*</tfoot>", options: .regularExpression).map { String(body[$0]) } }
            #expect(footer(month.body) != nil && footer(month.body) == footer(monthLast.body))

            let dayReport = try await browser.get("/console/reports?period=day&date=\(day)&site=principal")
            #expect(dayReport.body.contains("1–\(ConsolePager.pageSize) de \(people)"))
            // The CSV stays complete: a header and every person's day.
            let csv = try await browser.get("/console/reports.csv?period=day&date=\(day)&site=principal")
            #expect(csv.body.components(separatedBy: "\r\n").filter { $0.contains(",Q") }.count == people)
        }
    }
}
