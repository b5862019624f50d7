import Attendance
import Foundation
import Testing

/// The door and the day view together: each identification goes through `decide`, what it records is
/// stored, and `dayRecords` reads the stored punches back.
struct KioskDayTests {
    /// Replays identifications like a kiosk (confirming short stays when `confirm` is set) and returns the
    /// stored punches.
    private func replay(_ times: [String], employee: Employee, schedules: [Schedule], rules: PunchRules = Fixtures.rules,
                        confirm: Bool = false) -> [Punch] {
        var stored: [Punch] = []
        for time in times {
            let decision = rules.decide(employee: employee.code, at: Fixtures.at(time), schedules: schedules, shifts: Fixtures.shifts,
                                        recentPunches: stored, confirmedShortStay: confirm)
            guard let draft = Fixtures.recorded(decision) else { continue }
            stored.append(Punch(kioskID: "K1", sequence: Int64(stored.count + 1), employee: draft.employee, instant: draft.instant,
                                localDate: draft.localDate, kind: draft.kind, method: .face, shiftName: draft.shiftName, flags: draft.flags))
        }
        return stored
    }

    @Test("a fall-back week of night shifts, with repeats and a passer-by")
    func nightWeek() throws {
        let schedules = Fixtures.everyDay(Fixtures.ana, Fixtures.noche)
        let stored = replay([
            "2026-10-24 21:50", "2026-10-24 21:50:30", // a repeat within the debounce
            "2026-10-24 21:53",                        // walking past 3 min later: asked, not confirmed
            "2026-10-25 06:02",
        ], employee: Fixtures.ana, schedules: schedules)
        #expect(stored.map(\.kind) == [.entry, .exit])
        #expect(stored.map(\.localDate) == [Fixtures.day("2026-10-24"), Fixtures.day("2026-10-24")])
        let record = try #require(Fixtures.rules.dayRecords(for: Fixtures.day("2026-10-24"), employees: [Fixtures.ana], schedules: schedules,
                                                             shifts: Fixtures.shifts, punches: stored, corrections: [],
                                                             now: Fixtures.at("2026-10-25 12:00")).first)
        #expect(record.status == .onTime)
        #expect(record.minutesWorked == 9 * 60 + 12)
        let next = Fixtures.rules.dayRecords(for: Fixtures.day("2026-10-25"), employees: [Fixtures.ana], schedules: schedules,
                                             shifts: Fixtures.shifts, punches: stored, corrections: [], now: Fixtures.at("2026-10-25 12:00"))
        #expect(next.map(\.status) == [.pending])
    }

    @Test("a forgotten exit stays missing until a supervisor adds it")
    func forgottenExit() throws {
        let schedules = Fixtures.everyDay(Fixtures.ana, Fixtures.oficina)
        let stored = replay(["2026-03-02 08:01", "2026-03-03 07:58", "2026-03-03 17:03"], employee: Fixtures.ana, schedules: schedules)
        #expect(stored.map(\.kind) == [.entry, .entry, .exit])
        let monday = Fixtures.day("2026-03-02")
        let now = Fixtures.at("2026-03-03 18:00")
        let before = try #require(Fixtures.rules.dayRecords(for: monday, employees: [Fixtures.ana], schedules: schedules, shifts: Fixtures.shifts,
                                                             punches: stored, corrections: [], now: now).first)
        #expect(before.flags.contains(.missingExit))
        #expect(before.lastOut == nil)
        #expect(before.minutesWorked == 0)
        let added = Correction(employee: Fixtures.ana.code, action: .add(kind: .exit, instant: Fixtures.at("2026-03-02 17:00")),
                               reason: "olvidó fichar la salida", supervisor: EmployeeCode("S001"), madeAt: now)
        let after = try #require(Fixtures.rules.dayRecords(for: monday, employees: [Fixtures.ana], schedules: schedules, shifts: Fixtures.shifts,
                                                            punches: stored, corrections: [added], now: now).first)
        #expect(after.flags == .corrected)
        #expect(after.minutesWorked == 539)
        #expect(after.status == .onTime)
        let tuesday = try #require(Fixtures.rules.dayRecords(for: Fixtures.day("2026-03-03"), employees: [Fixtures.ana], schedules: schedules,
                                                              shifts: Fixtures.shifts, punches: stored, corrections: [added], now: now).first)
        #expect(tuesday.minutesWorked == 545)
        #expect(tuesday.flags.isEmpty)
    }

    @Test("a confirmed passer-by exit and re-entry keeps only real time")
    func confirmedShortStay() throws {
        let schedules = Fixtures.everyDay(Fixtures.ana, Fixtures.oficina)
        let stored = replay(["2026-03-02 08:00", "2026-03-02 08:02", "2026-03-02 08:10", "2026-03-02 17:00"],
                            employee: Fixtures.ana, schedules: schedules, confirm: true)
        #expect(stored.map(\.kind) == [.entry, .exit, .entry, .exit])
        #expect(stored[1].flags.contains(.confirmedShortStay))
        #expect(!stored[2].flags.contains(.late))
        let record = try #require(Fixtures.rules.dayRecords(for: Fixtures.day("2026-03-02"), employees: [Fixtures.ana], schedules: schedules,
                                                             shifts: Fixtures.shifts, punches: stored, corrections: [],
                                                             now: Fixtures.at("2026-03-02 20:00")).first)
        #expect(record.minutesWorked == 2 + 530)
        #expect(record.status == .onTime)
    }
}
