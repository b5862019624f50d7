import Attendance
import Foundation
import Testing

/// `DayChange.between`: a recomputed day says which figures changed and which inputs caused it.
struct DayChangeTests {
    private static func day(punches: [Punch], calendar: DayCalendar = .empty, now: String) -> DayVerdict {
        Fixtures.rules.dayRecords(for: Fixtures.day("2026-03-02"), employees: [Fixtures.ana],
                                  schedules: Fixtures.everyDay(Fixtures.ana, Fixtures.oficina), shifts: Fixtures.shifts, punches: punches,
                                  corrections: [], calendar: calendar, now: Fixtures.at(now))[0].verdict
    }

    @Test("a late upload turns an absence into a day and names the punches that arrived")
    func lateUpload() throws {
        let entry = Fixtures.punch(Fixtures.ana, .entry, "2026-03-02 08:03", shift: Fixtures.oficina, kiosk: "K2")
        let exit = Fixtures.punch(Fixtures.ana, .exit, "2026-03-02 17:00", shift: Fixtures.oficina, sequence: 2, kiosk: "K2")
        let before = Self.day(punches: [], now: "2026-03-04 09:00")
        let after = Self.day(punches: [entry, exit], now: "2026-03-04 09:00")
        #expect(before.status == .absent)
        let change = try #require(DayChange.between(before, after))
        #expect(change.figures.first == DayChange.Figure(name: "status", before: "absent", after: "onTime"))
        #expect(change.figures.map(\.name).contains("minutesWorked"))
        #expect(change.causes.count == 2)
        #expect(change.causes.first?.text(language: .es, timeZone: Fixtures.madrid, date: Fixtures.day("2026-03-02"))
                == "fichaje nuevo: entrada 08:03 · puerta K2 · cara")
        #expect(DayChange.between(after, after) == nil, "the same verdict is no change")
    }

    @Test("a leave entered afterwards is the cause; time passing alone is said so")
    func leaveAndTime() throws {
        let absent = Self.day(punches: [], now: "2026-03-04 09:00")
        let leave = Leave(employee: Fixtures.ana.code, kind: .sick, from: Fixtures.day("2026-03-02"), to: Fixtures.day("2026-03-02"))
        let justified = Self.day(punches: [], calendar: DayCalendar(leave: [leave]), now: "2026-03-04 09:00")
        let change = try #require(DayChange.between(absent, justified))
        #expect(change.causes == [.ruleApplies(.leave(kind: .sick, note: ""))])
        #expect(change.causes[0].text(language: .en, timeZone: Fixtures.madrid, date: Fixtures.day("2026-03-02"))
                == "now applies: justified: sick leave for the whole day")

        let pending = Self.day(punches: [], now: "2026-03-02 18:00")
        let ended = try #require(DayChange.between(pending, absent))
        #expect(ended.causes == [.timePassed])
    }

    @Test("the change key differs exactly when a figure, a punch or a calendar input does")
    func changeKey() {
        let entry = Fixtures.punch(Fixtures.ana, .entry, "2026-03-02 08:03", shift: Fixtures.oficina)
        let exit = Fixtures.punch(Fixtures.ana, .exit, "2026-03-02 17:20", shift: Fixtures.oficina, sequence: 2)
        let day = Self.day(punches: [entry, exit], now: "2026-03-04 09:00")
        #expect(Self.day(punches: [entry, exit], now: "2026-03-05 09:00").changeKey == day.changeKey)
        let repeated = Fixtures.punch(Fixtures.ana, .entry, "2026-03-02 08:03:30", shift: Fixtures.oficina, kiosk: "K2")
        #expect(Self.day(punches: [entry, repeated, exit], now: "2026-03-04 09:00").changeKey != day.changeKey, "another punch")
        let approval = OvertimeApproval(employee: Fixtures.ana.code, date: Fixtures.day("2026-03-02"), minutes: 20,
                                        supervisor: EmployeeCode("S001"), reason: "cierre", approvedAt: Fixtures.at("2026-03-03 09:00"))
        #expect(Self.day(punches: [entry, exit], calendar: DayCalendar(overtimeApprovals: [approval]), now: "2026-03-04 09:00").changeKey
                != day.changeKey)
    }
}
