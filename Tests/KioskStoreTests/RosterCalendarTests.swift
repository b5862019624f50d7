import Foundation
import Testing
import Attendance
@testable import KioskStore

/// The roster carries the site's holidays and leave; the kiosk's day view then says festivo, justificado or
/// permiso like the server's reports.
@Suite("Roster calendar")
struct RosterCalendarTests {
    @Test func holidaysAndLeaveFromTheRosterChangeTheDayViewAndAreReplacedWhole() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        let tuesday = monday.adding(days: 1)
        let evening = at(tuesday.adding(days: 1), 0, 30)
        let before = try await store.daySummary(for: monday, now: evening)
        #expect(Set(before.records.map(\.status)) == [.absent], "the demo roster is scheduled Monday to Friday")

        let sick = Leave(employee: EmployeeCode("E001"), kind: .sick, from: monday, to: tuesday)
        let half = Leave(employee: EmployeeCode("E002"), kind: .permiso, from: tuesday, to: tuesday, portion: .secondHalf)
        _ = try await store.applyRoster(RosterUpdate(version: 3, calendar: DayCalendar(
            holidays: [Holiday(date: monday, name: "Fiesta local")], leave: [sick, half])))
        let holiday = try await store.daySummary(for: monday, now: evening)
        #expect(Set(holiday.records.map(\.status)) == [.holiday])
        #expect(holiday.records.first?.explanation.lines(language: .es, date: monday).first == "festivo: Fiesta local")
        let next = try await store.daySummary(for: tuesday, now: evening)
        let byCode = Dictionary(uniqueKeysWithValues: next.records.map { ($0.employee.code.rawValue, $0) })
        #expect(byCode["E001"]?.status == .justified)
        #expect(byCode["E002"]?.flags.contains(.halfDayLeave) == true)
        #expect(byCode["E002"]?.status == .absent, "half a day off is not the whole day")
        #expect(byCode["E003"]?.status == .absent)

        // The next roster's calendar replaces the stored one; a roster without a calendar keeps it.
        _ = try await store.applyRoster(RosterUpdate(version: 4, calendar: DayCalendar(leave: [sick])))
        #expect(try await store.calendar().holidays.isEmpty)
        _ = try await store.applyRoster(RosterUpdate(version: 5))
        #expect(try await store.calendar().leave == [sick])
        #expect(try await store.daySummary(for: monday, now: evening).records.first { $0.employee.code.rawValue == "E001" }?.status == .justified)
    }
}
