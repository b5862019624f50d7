import Attendance
import Foundation
import KioskStore
import TerminalUI
import Testing
@testable import KioskApp

/// "?" on the supervisor's selected row shows the rules' explanation of that day over the table.
struct DayExplanationOverlayTests {
    /// Ana's day computed by the real rules: on leave (permiso) the whole day.
    static func leaveRecord() throws -> DayRecord {
        let rules = PunchRules(timeZone: ScreenFixtures.zone)
        let ana = Employee(code: EmployeeCode("E003"), name: "Ana Pérez")
        let shift = Shift(name: "Mañana", start: LocalTime(hour: 6), end: LocalTime(hour: 14))
        let leave = Leave(employee: ana.code, kind: .permiso, from: ScreenFixtures.today, to: ScreenFixtures.today, note: "mudanza")
        let records = rules.dayRecords(for: ScreenFixtures.today, employees: [ana],
                                       schedules: [Schedule(employee: ana.code, weekday: ScreenFixtures.today.weekday, shiftName: "Mañana")],
                                       shifts: [shift], punches: [], corrections: [], calendar: DayCalendar(leave: [leave]), now: ScreenFixtures.now)
        return try #require(records.first)
    }

    @Test func questionMarkShowsTheSelectedRowsExplanationAndAnyKeyClosesIt() throws {
        let record = try Self.leaveRecord()
        #expect(record.status == .permission)
        var state = SupervisorState(supervisor: Employee(code: EmployeeCode("S001"), name: "S", role: .supervisor), date: ScreenFixtures.today)
        state.show(DaySummary(date: ScreenFixtures.today, records: [record], totals: DayTotals.totals([record])))
        let table = ScreenFixtures.render(SupervisorScreen(snapshot: ScreenFixtures.snapshot(), state: state), width: 100, height: 30).lines
        #expect(table.contains { $0.contains("E003 Ana Pérez") && $0.contains("○ permiso") })
        #expect(!table.joined().contains("Por qué ─") && !table.joined().contains("mudanza"))

        state.explaining = true
        let text = ScreenFixtures.render(SupervisorScreen(snapshot: ScreenFixtures.snapshot(), state: state), width: 100, height: 30)
            .lines.joined(separator: "\n")
        #expect(text.contains("E003 Ana Pérez — 2026-11-30: permiso"))
        #expect(text.contains("• permiso: permiso todo el día (mudanza)"))
        #expect(text.contains("• previsto 0 min: día libre"))
        #expect(text.contains("Reglas " + PunchRules.version))
    }

    @Test func longLinesWrapAtSpaces() {
        #expect(DayExplanationOverlay.wrap("tarde 16 min: entrada 08:16, turno 08:00", width: 20)
                == ["tarde 16 min:", "entrada 08:16, turno", "08:00"])
        #expect(DayExplanationOverlay.wrap("corto", width: 20) == ["corto"])
    }
}
