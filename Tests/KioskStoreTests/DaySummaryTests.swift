import Foundation
import Testing
import Attendance
@testable import KioskStore

@Suite("Day summary, CSV export and corrections")
struct DaySummaryTests {
    @Test func summaryReflectsPunchesAndTotals() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        _ = try await store.punch(EmployeeCode("E001"), at: at(monday, 8, 3), method: .face)
        _ = try await store.punch(EmployeeCode("E001"), at: at(monday, 17, 5), method: .face)
        _ = try await store.punch(EmployeeCode("E002"), at: at(monday, 8, 40), method: .pin)
        // Absence is decided when the day is over: just after midnight.
        let summary = try await store.daySummary(for: monday, now: at(monday.adding(days: 1), 0, 30))
        let byCode = Dictionary(uniqueKeysWithValues: summary.records.map { ($0.employee.code.rawValue, $0) })
        #expect(byCode["E001"]?.status == .onTime)
        #expect(byCode["E001"]?.minutesWorked == 9 * 60 + 2)
        #expect(byCode["E002"]?.status == .late)
        #expect(byCode["E002"]?.minutesLate == 40)
        #expect(byCode["E003"]?.status == .absent)
        #expect(summary.totals.count(.absent) == 1)
        #expect(summary.totals.records == summary.records.count)
    }

    @Test func csvIsRFC4180WithZonedTimes() async throws {
        let fixture = try StoreFixture()
        let madrid = TimeZone(identifier: "Europe/Madrid")!
        let store = try await fixture.open(options: StoreOptions(timeZone: madrid))
        _ = try await store.seed(demo: true)
        try await store.saveEmployee(Employee(code: EmployeeCode("E004"), name: "Pérez, \"Juanito\"\nJr"))
        try await store.saveSchedule(Schedule(employee: EmployeeCode("E004"), weekday: .monday, shiftName: "Completo"))
        let rules = PunchRules(timeZone: madrid)
        _ = try await store.punch(EmployeeCode("E004"), at: rules.instant(on: monday, at: LocalTime(hour: 8, minute: 3)), method: .face)
        _ = try await store.punch(EmployeeCode("E004"), at: rules.instant(on: monday, at: LocalTime(hour: 17, minute: 1)), method: .face)
        let out = fixture.folder + "/export.csv"
        let rows = try await store.exportCSV(from: monday, to: monday.adding(days: 1), toFile: out,
                                             by: EmployeeCode("S001"), now: rules.instant(on: monday.adding(days: 2), at: LocalTime(hour: 12)))
        let data = try Data(contentsOf: URL(fileURLWithPath: out))
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(text.hasPrefix("date,employee_code,employee_name,shift,first_in,last_out,status,minutes_late,minutes_worked,flags,"
                                + "reason,reason_en,rules_version\r\n"))
        #expect(text.contains("2025-03-03,E004,\"Pérez, \"\"Juanito\"\"\nJr\",Completo,2025-03-03T08:03:00+01:00,2025-03-03T17:01:00+01:00,onTime,0,538,,"
                              + "\"a tiempo: entrada 08:03, turno 08:00 + 15 min de tolerancia; previsto 9 h: duración real del turno; "))
        #expect(text.contains(",\(PunchRules.version)\r\n"))
        #expect(text.contains("2025-03-04,E001,Barack Obama,Completo,,,absent,"))
        // Every record line ends with CRLF; the only bare LF is inside the quoted name.
        #expect(text.components(separatedBy: "\r\n").count - 2 == rows)
        #expect(text.replacingOccurrences(of: "\r\n", with: "").filter { $0 == "\n" }.count == 1)
        #expect(try await store.recentAudit().first?.action == "export.csv")
    }

    @Test func csvCellsNeverStartAFormula() {
        #expect(AttendanceCSV.escape("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(AttendanceCSV.escape("@SUM(A1)") == "'@SUM(A1)")
        #expect(AttendanceCSV.escape("-12") == "-12", "a number stays a number")
        #expect(AttendanceCSV.escape("Ana") == "Ana")
    }

    /// The read takes the neighbouring weekdays' schedules only when a correction adds a punch; with or without
    /// one, the summary equals the rules run over every stored schedule. E003 works Monday night and Tuesday
    /// morning: an entry added at 05:50 on Tuesday belongs to Tuesday's morning shift, which only Tuesday's
    /// schedule shows (with Monday's alone it would join Monday's night shift).
    @Test func summaryEqualsTheRulesOverEverySchedule() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        let tuesday = monday.adding(days: 1)
        try await store.saveSchedule(Schedule(employee: EmployeeCode("E003"), weekday: .monday, shiftName: "Noche"))
        try await store.saveSchedule(Schedule(employee: EmployeeCode("E003"), weekday: .tuesday, shiftName: "Mañana"))
        _ = try await store.punch(EmployeeCode("E001"), at: at(monday, 8, 3), method: .face)
        _ = try await store.punch(EmployeeCode("E002"), at: at(monday, 9, 10), method: .pin)
        _ = try await store.punch(EmployeeCode("E002"), at: at(monday, 12), method: .pin)
        let now = at(tuesday, 8)
        func everySchedule(_ date: LocalDate) async throws -> [DayRecord] {
            let input = try await store.read("test") { db in try DayInput.fetch(db, date: date) }
            let schedules = try await store.read("test") { db in try ScheduleRecord.fetchAll(db).compactMap(\.schedule) }
            return store.rules.dayRecords(for: date, employees: input.employees, schedules: schedules, shifts: input.shifts,
                                          punches: input.punches, corrections: input.corrections, calendar: input.calendar, now: now)
        }
        let plain = try await store.daySummary(for: monday, now: now).records
        #expect(plain.count >= 3)
        #expect(plain == (try await everySchedule(monday)))
        try await store.addCorrection(employee: EmployeeCode("E003"), action: .add(kind: .entry, instant: at(tuesday, 5, 50)),
                                      reason: "olvidó fichar", supervisor: EmployeeCode("S001"), now: at(tuesday, 7))
        let corrected = try await store.daySummary(for: monday, now: now).records
        #expect(corrected == (try await everySchedule(monday)))
        #expect(corrected.first { $0.employee.code == EmployeeCode("E003") } == plain.first { $0.employee.code == EmployeeCode("E003") })
        let onTuesday = try await store.daySummary(for: tuesday, now: now).records
        #expect(onTuesday.first { $0.employee.code == EmployeeCode("E003") }?.firstIn == at(tuesday, 5, 50))
    }

    @Test func correctionsAreAppendOnlyAndChangeTheDay() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        let wrong = try #require(try await store.punch(EmployeeCode("E003"), at: at(monday, 8, 0), method: .face).punch)
        let error = await #expect(throws: StoreError.self) {
            try await store.addCorrection(employee: EmployeeCode("E003"), action: .void(punchID: wrong.id), reason: "  ",
                                          supervisor: EmployeeCode("S001"))
        }
        #expect(error?.code == .invalidCorrection)
        let notBoss = await #expect(throws: StoreError.self) {
            try await store.addCorrection(employee: EmployeeCode("E003"), action: .void(punchID: wrong.id), reason: "x",
                                          supervisor: EmployeeCode("E001"))
        }
        #expect(notBoss?.code == .invalidCorrection)
        try await store.addCorrection(employee: EmployeeCode("E003"), action: .void(punchID: wrong.id),
                                      reason: "la cámara confundió a otra persona", supervisor: EmployeeCode("S001"), now: at(monday, 10))
        try await store.addCorrection(employee: EmployeeCode("E003"), action: .add(kind: .entry, instant: at(monday, 8, 5)),
                                      reason: "olvidó fichar", supervisor: EmployeeCode("S001"), now: at(monday, 10))
        try await store.addCorrection(employee: EmployeeCode("E003"), action: .add(kind: .exit, instant: at(monday, 17)),
                                      reason: "olvidó fichar", supervisor: EmployeeCode("S001"), now: at(monday, 18))
        #expect(try await store.corrections(on: monday).count == 3)
        // The original punch is still there.
        #expect(try await store.punch(id: wrong.id) == wrong)
        let record = try #require(try await store.daySummary(for: monday, now: at(monday, 20)).records.first { $0.employee.code.rawValue == "E003" })
        #expect(record.flags.contains(.corrected))
        #expect(record.firstIn == at(monday, 8, 5))
        #expect(record.minutesWorked == 8 * 60 + 55)
        let audit = try await store.recentAudit(limit: 3)
        #expect(audit.allSatisfy { $0.actor == EmployeeCode("S001") && $0.action.hasPrefix("correction.") })
    }
}
