import Attendance
import Foundation
import Testing

/// The rules' own date arithmetic, checked against Foundation's `Calendar`.
struct LocalClockTests {
    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Fixtures.madrid
        return calendar
    }

    @Test("LocalDate day numbers and weekdays match Calendar", arguments: [
        "1970-01-01", "1969-12-31", "2000-02-29", "2024-02-29", "2026-03-02", "2026-03-29", "2026-10-25", "2026-12-31", "2100-03-01",
    ])
    func dayArithmetic(text: String) {
        let date = Fixtures.day(text)
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let midnight = utc.date(from: DateComponents(year: date.year, month: date.month, day: date.day))!
        #expect(date.daysSinceEpoch == Int(midnight.timeIntervalSince1970 / 86_400))
        #expect(LocalDate(daysSinceEpoch: date.daysSinceEpoch) == date)
        #expect(date.weekday == Weekday(calendarWeekday: utc.component(.weekday, from: midnight)))
        #expect(date.adding(days: 1).adding(days: -1) == date)
    }

    @Test("adding days crosses months and years")
    func addingDays() {
        #expect(Fixtures.day("2026-02-28").adding(days: 1) == Fixtures.day("2026-03-01"))
        #expect(Fixtures.day("2024-02-28").adding(days: 1) == Fixtures.day("2024-02-29"))
        #expect(Fixtures.day("2026-12-31").adding(days: 1) == Fixtures.day("2027-01-01"))
        #expect(Fixtures.day("2026-03-01").adding(days: -1) == Fixtures.day("2026-02-28"))
    }

    @Test("local date and time match Calendar every 10 minutes across both DST days", arguments: ["2026-03-28", "2026-10-24"])
    func matchesCalendar(startText: String) {
        let start = Fixtures.at(startText + " 12:00")
        for step in 0..<(48 * 6) {
            let instant = start.addingTimeInterval(TimeInterval(step * 600 + 7))
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
            #expect(Fixtures.rules.localDate(of: instant) == LocalDate(year: parts.year!, month: parts.month!, day: parts.day!))
            #expect(Fixtures.rules.localTime(of: instant) == LocalTime(hour: parts.hour!, minute: parts.minute!))
        }
    }

    @Test("wall times on DST days map to the right instants", arguments: [
        // Spring forward 2026-03-29 02:00 CET → 03:00 CEST: 02:30 does not exist and moves on by the gap.
        ("2026-03-29", 1, 59, "2026-03-29T00:59:00Z"),
        ("2026-03-29", 2, 30, "2026-03-29T01:30:00Z"),
        ("2026-03-29", 3, 0, "2026-03-29T01:00:00Z"),
        ("2026-03-29", 6, 0, "2026-03-29T04:00:00Z"),
        // Fall back 2026-10-25 03:00 CEST → 02:00 CET: 02:30 happens twice; the first one is taken.
        ("2026-10-25", 2, 30, "2026-10-25T00:30:00Z"),
        ("2026-10-25", 3, 0, "2026-10-25T02:00:00Z"),
        ("2026-10-25", 6, 0, "2026-10-25T05:00:00Z"),
        ("2026-10-24", 22, 0, "2026-10-24T20:00:00Z"),
    ])
    func dstInstants(date: String, hour: Int, minute: Int, utc: String) throws {
        let expected = try Date(utc, strategy: .iso8601)
        #expect(Fixtures.rules.instant(on: Fixtures.day(date), at: LocalTime(hour: hour, minute: minute)) == expected)
    }

    @Test("a shift's real length changes on DST nights", arguments: [
        ("2026-03-28", Fixtures.noche, 7 * 60),
        ("2026-10-24", Fixtures.noche, 9 * 60),
        ("2026-03-02", Fixtures.noche, 8 * 60),
        ("2026-03-29", Fixtures.manana, 8 * 60),
    ])
    func realLength(date: String, shift: Shift, minutes: Int) {
        let schedules = Fixtures.everyDay(Fixtures.ana, shift)
        let occurrence = Fixtures.rules.scheduledShifts(for: Fixtures.ana.code, on: Fixtures.day(date), schedules: schedules, shifts: Fixtures.shifts)
        #expect(occurrence.count == 1)
        #expect(occurrence.first?.realMinutes == minutes)
        #expect(occurrence.first?.requiredMinutes == minutes)
    }
}
