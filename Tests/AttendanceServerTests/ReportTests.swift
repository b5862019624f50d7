import AttendanceServer
import Foundation
import SyncProtocol
import TestEnvironment
import Testing

@Suite("Reports recomputed from every door's punches", .timeLimit(.minutes(20)))
struct ReportTests {
    static func punch(_ code: String, _ kind: String, _ iso: String, kiosk: String) -> WirePunch {
        WirePunch(id: UUID(), kioskID: kiosk, sequence: 1, employeeCode: code, instant: SyncCoding.parseDate(iso)!,
                  localDate: String(iso.prefix(10)), kind: kind, method: "pin")
    }

    @Test("an entry at one door and an exit at another make one worked day; late and absent are reported",
          .needs(.postgres, missing: TestDatabase.missing))
    func dailyAcrossDoors() async throws {
        try await withTestServer { api, server in
            let admin = TestDatabase.adminToken
            let north = try await api.registerKiosk("Norte")
            let south = try await api.registerKiosk("Sur")
            for code in ["E001", "E002", "E003"] {
                try await api.addEmployee(code)
                try await api.expect(.ok, .put, "/api/v1/admin/employees/\(code)/schedules", token: admin,
                                     body: [AdminSchedule(weekday: 1, shiftName: "Mañana")])
            }
            // 2024-06-03 is a Monday; Madrid is UTC+2 in June: 06:05 local is 04:05Z.
            _ = try await api.push([Self.punch("E001", "IN", "2024-06-03T04:05:00Z", kiosk: north.kioskID),
                                    Self.punch("E003", "IN", "2024-06-03T04:30:00Z", kiosk: north.kioskID)], token: north.token)
            _ = try await api.push([Self.punch("E001", "OUT", "2024-06-03T12:00:00Z", kiosk: south.kioskID),
                                    Self.punch("E003", "OUT", "2024-06-03T12:00:00Z", kiosk: south.kioskID)], token: south.token)
            let daily = try await api.call(.get, "/api/v1/admin/reports/daily?date=2024-06-03", token: admin, as: AttendanceReport.self)
            let rows = Dictionary(uniqueKeysWithValues: daily.rows.map { ($0.employeeCode, $0) })
            #expect(rows["E001"]?.status == "onTime")
            #expect(rows["E001"]?.minutesWorked == 7 * 60 + 55)
            #expect(rows["E002"]?.status == "absent")
            #expect(rows["E003"]?.status == "late")
            #expect(rows["E003"]?.minutesLate == 30)

            let stored = try await server.database.client.query(
                "SELECT minutes_worked FROM daily_attendance WHERE employee_code = 'E001' AND date = '2024-06-03'")
                .decode(Int.self).first { _ in true }
            #expect(stored == 475, "the recomputed day is kept in daily_attendance")

            let late = try await api.call(.get, "/api/v1/admin/reports/late?from=2024-06-01&to=2024-06-07", token: admin,
                                          as: AttendanceReport.self)
            #expect(late.rows.map(\.employeeCode) == ["E003"])
            let absences = try await api.call(.get, "/api/v1/admin/reports/absences?from=2024-06-03&to=2024-06-03", token: admin,
                                              as: AttendanceReport.self)
            #expect(absences.rows.map(\.employeeCode) == ["E002"])
            let weekly = try await api.call(.get, "/api/v1/admin/reports/weekly?start=2024-06-03", token: admin, as: AttendanceReport.self)
            #expect(weekly.from == "2024-06-03" && weekly.to == "2024-06-09")
            #expect(weekly.totals.first { $0.employeeCode == "E001" }?.minutesWorked == 475)
            let monthly = try await api.call(.get, "/api/v1/admin/reports/monthly?month=2024-02", token: admin, as: AttendanceReport.self)
            #expect(monthly.to == "2024-02-29")

            let (status, csv) = try await api.send(.get, "/api/v1/admin/reports/daily?date=2024-06-03&format=csv", token: admin)
            #expect(status == .ok)
            let lines = String(decoding: csv, as: UTF8.self).split(separator: "\r\n")
            #expect(lines.first?.hasPrefix("date,employee_code,employee_name") == true)
            #expect(lines.count == 4)
        }
    }
}
