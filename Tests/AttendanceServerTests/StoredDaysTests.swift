import Attendance
import AttendanceServer
import Foundation
import PostgresNIO
import SyncProtocol
import TestEnvironment
import Testing

/// Reports read stored days and compute again only what changed: every input written after a report (by any
/// path: the rows are inserted with SQL here, as another tool would) changes the next report, an unchanged day is
/// not rewritten, and time alone turns a pending day into an absence.
@Suite("Stored days: recompute only what changed", .timeLimit(.minutes(20)))
struct StoredDaysTests {
    static let day = LocalDate(year: 2024, month: 6, day: 3)  // a Monday; Madrid is UTC+2
    static let afterTheDay = Date(timeIntervalSince1970: 1_717_502_400)  // 2024-06-04T12:00:00Z

    /// E001…E003 on Mañana (06:00–14:00) every Monday at `principal`.
    static func setUp(_ api: TestAPI, _ codes: [String] = ["E001", "E002", "E003"]) async throws {
        for code in codes {
            try await api.addEmployee(code)
            try await api.expect(.ok, .put, "/api/v1/admin/employees/\(code)/schedules", token: TestDatabase.adminToken,
                                 body: [AdminSchedule(weekday: 1, shiftName: "Mañana")])
        }
    }

    static func statuses(_ server: AttendanceServerApp, now: Date = afterTheDay) async throws -> [String: String] {
        let report = try await server.database.report(.daily, from: day, to: day, site: "principal", rules: server.rules, now: now)
        return Dictionary(uniqueKeysWithValues: report.rows.map { ($0.employeeCode, $0.status) })
    }

    /// Each stored row's version (`xmin` changes with every write of the row).
    static func versions(_ server: AttendanceServerApp) async throws -> [String: String] {
        var versions: [String: String] = [:]
        for try await (code, version) in try await server.database.client.query(
            "SELECT employee_code, xmin::text FROM daily_attendance WHERE date = '2024-06-03'").decode((String, String).self) {
            versions[code] = version
        }
        return versions
    }

    static func changes(_ server: AttendanceServerApp) async throws -> [(code: String, cause: String, change: String)] {
        var list: [(code: String, cause: String, change: String)] = []
        for try await row in try await server.database.client.query(
            "SELECT employee_code, cause, change::text FROM attendance_changes ORDER BY id").decode((String, String, String).self) {
            list.append(row)
        }
        return list
    }

    @Test("an unchanged day is not rewritten; a punch, a correction, leave, a holiday and a schedule written after a report change the next one",
          .needs(.postgres, missing: TestDatabase.missing))
    func inputsAfterAReport() async throws {
        try await withTestServer { api, server in
            try await Self.setUp(api)
            let door = try await api.registerKiosk("Norte")
            let sql = server.database.client
            #expect(try await Self.statuses(server) == ["E001": "absent", "E002": "absent", "E003": "absent"])
            let stored = try await Self.versions(server)
            #expect(stored.count == 3)

            // Nothing changed: the next report reads the stored days and writes none of them.
            #expect(try await Self.statuses(server) == ["E001": "absent", "E002": "absent", "E003": "absent"])
            #expect(try await Self.versions(server) == stored, "an unchanged day is not rewritten")
            #expect(try await Self.changes(server).isEmpty)

            // A punch written by any path (here plain SQL): only E001's day is computed again and changes.
            let entry = UUID()
            try await sql.query("""
                INSERT INTO punches (id, kiosk_id, received_from, site_id, sequence, employee_code, instant, local_date, kind, method)
                VALUES (\(entry), \(door.kioskID), \(door.kioskID), 'principal', 1, 'E001', '2024-06-03T04:05:00Z', '2024-06-03', 'IN', 'pin'),
                       (\(UUID()), \(door.kioskID), \(door.kioskID), 'principal', 2, 'E001', '2024-06-03T12:00:00Z', '2024-06-03', 'OUT', 'pin')
                """)
            #expect(try await Self.statuses(server)["E001"] == "onTime")
            var versions = try await Self.versions(server)
            #expect(versions["E001"] != stored["E001"])
            #expect(versions["E002"] == stored["E002"] && versions["E003"] == stored["E003"], "the others are not rewritten")
            var changes = try await Self.changes(server)
            #expect(changes.map(\.code) == ["E001"])
            #expect(changes.last?.cause == "report daily 2024-06-03…2024-06-03")
            #expect(changes.last?.change.contains("punchArrived") == true)

            // A correction adding E002's entry and exit.
            for (kind, instant) in [("IN", "2024-06-03T04:10:00Z"), ("OUT", "2024-06-03T12:00:00Z")] {
                try await sql.query("""
                    INSERT INTO corrections (id, employee_code, site_id, local_date, action, kind, instant, reason, made_by, made_at)
                    VALUES (\(UUID()), 'E002', 'principal', '2024-06-03', 'add', \(kind), \(instant)::timestamptz, 'olvidó fichar', 'S001', now())
                    """)
            }
            #expect(try await Self.statuses(server)["E002"] == "onTime")
            versions = try await Self.versions(server)
            #expect(versions["E003"] == stored["E003"])

            // Leave for E003.
            try await sql.query("""
                INSERT INTO leave (id, employee_code, kind, from_date, to_date, portion, created_by)
                VALUES (\(UUID()), 'E003', 'vacation', '2024-06-01', '2024-06-05', 'wholeDay', 'S001')
                """)
            #expect(try await Self.statuses(server) == ["E001": "onTime", "E002": "onTime", "E003": "justified"])

            // A holiday at the site: everyone scheduled that day.
            try await sql.query("INSERT INTO holidays (site_id, date, name) VALUES ('principal', '2024-06-03', 'Fiesta local')")
            #expect(try await Self.statuses(server) == ["E001": "holiday", "E002": "holiday", "E003": "holiday"])
            changes = try await Self.changes(server)
            #expect(changes.count == 6, "E001 punch, E002 correction, E003 leave, then the holiday for all three")

            // E003 is no longer scheduled on Mondays: no record that day, and the stored one goes.
            try await api.expect(.ok, .put, "/api/v1/admin/employees/E003/schedules", token: TestDatabase.adminToken,
                                 body: [AdminSchedule(weekday: 2, shiftName: "Mañana")])
            #expect(try await Self.statuses(server) == ["E001": "holiday", "E002": "holiday"])
            #expect(try await Self.versions(server)["E003"] == nil)

            // And after all that, a report with nothing new writes nothing.
            versions = try await Self.versions(server)
            _ = try await Self.statuses(server)
            #expect(try await Self.versions(server) == versions)
            let marks = try await sql.query("SELECT count(*)::int8 FROM attendance_stale WHERE date = '2024-06-03'").decode(Int.self)
                .first { _ in true }
            #expect(marks == 0, "the report cleared the marks it computed")
        }
    }

    @Test("time alone turns a pending day into an absence once the day is over, and the change says time passed",
          .needs(.postgres, missing: TestDatabase.missing))
    func timePassed() async throws {
        try await withTestServer { api, server in
            try await Self.setUp(api, ["E001"])
            let morning = Date(timeIntervalSince1970: 1_717_387_200)  // 2024-06-03T04:00:00Z, 06:00 in Madrid
            #expect(try await Self.statuses(server, now: morning) == ["E001": "pending"])
            let stored = try await Self.versions(server)
            #expect(try await Self.statuses(server, now: morning.addingTimeInterval(4 * 3600)) == ["E001": "pending"])
            #expect(try await Self.versions(server) == stored, "still pending: read as stored")
            #expect(try await Self.statuses(server) == ["E001": "absent"])
            let changes = try await Self.changes(server)
            #expect(changes.count == 1)
            #expect(changes.first?.change.contains("timePassed") == true)
        }
    }

    @Test("one person's report reads the same days as the site's, and the month's totals agree with its rows",
          .needs(.postgres, missing: TestDatabase.missing))
    func personAndSiteAgree() async throws {
        try await withTestServer { api, server in
            try await Self.setUp(api, ["E001", "E002"])
            let door = try await api.registerKiosk("Norte")
            _ = try await api.push([WirePunch(id: UUID(), kioskID: door.kioskID, sequence: 1, employeeCode: "E001",
                                              instant: Date(timeIntervalSince1970: 1_717_389_000), localDate: "2024-06-03", kind: "IN",
                                              method: "pin")], token: door.token)
            let from = LocalDate(year: 2024, month: 6, day: 1), to = LocalDate(year: 2024, month: 6, day: 30)
            let person = try await server.database.report(.monthly, from: from, to: to, site: "principal", codes: ["E001"], rules: server.rules,
                                                          now: Self.afterTheDay)
            let site = try await server.database.report(.monthly, from: from, to: to, site: "principal", rules: server.rules, now: Self.afterTheDay)
            #expect(person.rows == site.rows.filter { $0.employeeCode == "E001" })
            #expect(person.rows.count == 4, "the Mondays of June 2024")
            #expect(site.rows.first?.reasonEs?.isEmpty == false, "stored rows carry their reasons")
        }
    }
}
