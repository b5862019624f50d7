import Attendance
import PostgresNIO

// MARK: - Today's counts in one aggregate

extension ServerDatabase {
    /// The counts on top of Today for the whole of `site` on `date` (however the people are paged), and how many
    /// people have a stored day: one aggregate over the stored days (call `refreshStoredDays` first).
    func todayCounts(site: String, on date: LocalDate) async throws -> TodayCounts {
        let absent = DayStatus.absent.rawValue, open = DayStatus.open.rawValue, pending = DayStatus.pending.rawValue
        let holiday = DayStatus.holiday.rawValue, justified = DayStatus.justified.rawValue, permission = DayStatus.permission.rawValue
        let row = try await client.query("""
            SELECT count(*)::int8, (count(*) FILTER (WHERE a.required_minutes > 0))::int8,
                   (count(*) FILTER (WHERE a.first_in IS NOT NULL))::int8, (count(*) FILTER (WHERE a.minutes_late > 0))::int8,
                   (count(*) FILTER (WHERE a.status = \(absent)))::int8, (count(*) FILTER (WHERE a.status = \(open)))::int8,
                   (count(*) FILTER (WHERE a.status = \(pending)))::int8,
                   (count(*) FILTER (WHERE a.first_in IS NOT NULL AND a.status <> \(open)))::int8,
                   (count(*) FILTER (WHERE a.status IN (\(justified), \(permission))))::int8,
                   (count(*) FILTER (WHERE a.status = \(holiday)))::int8
            FROM daily_attendance a JOIN employees e ON e.code = a.employee_code
            WHERE a.date = \(date.description)::date AND e.site_id = \(site)
            """, logger: logger).decode((Int, Int, Int, Int, Int, Int, Int, Int, Int, Int).self).first { _ in true }
        guard let (people, scheduled, present, late, absentCount, inNow, notInYet, gone, onLeave, holidayCount) = row else {
            return TodayCounts()
        }
        return TodayCounts(people: people, scheduled: scheduled, present: present, late: late, absent: absentCount, inNow: inNow,
                           notInYet: notInYet, gone: gone, onLeave: onLeave, holiday: holidayCount)
    }
}

/// Today's counts for a whole site: people with a stored day, and the counts on top of the page.
struct TodayCounts: Sendable, Equatable {
    var people = 0
    var scheduled = 0
    var present = 0
    var late = 0
    var absent = 0
    var inNow = 0
    var notInYet = 0
    var gone = 0
    /// Justificado or permiso: a whole day of leave.
    var onLeave = 0
    /// Festivo in the site's calendar.
    var holiday = 0
}
