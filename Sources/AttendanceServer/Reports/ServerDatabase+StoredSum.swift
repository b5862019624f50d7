import Attendance
import PostgresNIO

// MARK: - A report's whole-site sum in one aggregate

extension ServerDatabase {
    /// The sum over the stored days of `site` in `from`…`to` that pass the filters, and how many people they
    /// are: what `storedTotals` gives summed over everyone, for a report's footer and page count while its
    /// table shows one page. One aggregate (the people counted by an indexed probe per person of the site rather
    /// than a distinct count, which sorts every day of the range); call `refreshStoredDays` first.
    func storedSum(from: LocalDate, to: LocalDate, site: String, shift: String?, status: String?,
                   person: String?) async throws -> (people: Int, totals: AttendanceReport.EmployeeTotals) {
        let anyShift = shift == nil, shiftName = shift ?? ""
        let anyStatus = status == nil, statusName = status ?? ""
        let anyPerson = person == nil, code = person ?? ""
        let row = try await client.query("""
            SELECT (SELECT count(*) FROM employees p
                    WHERE p.site_id = \(site) AND (\(anyPerson) OR p.code = \(code))
                        AND EXISTS (SELECT 1 FROM daily_attendance d
                                    WHERE d.employee_code = p.code AND d.date BETWEEN \(from.description)::date AND \(to.description)::date
                                        AND (\(anyShift) OR d.shift_name = \(shiftName)) AND (\(anyStatus) OR d.status = \(statusName))))::int8,
                   count(*)::int8, (count(*) FILTER (WHERE a.minutes_late > 0))::int8,
                   (count(*) FILTER (WHERE a.status = \(DayStatus.absent.rawValue)))::int8, COALESCE(sum(a.minutes_worked), 0)::int8,
                   COALESCE(sum(a.minutes_late), 0)::int8, COALESCE(sum(a.required_minutes), 0)::int8
            FROM daily_attendance a JOIN employees e ON e.code = a.employee_code
            WHERE a.date BETWEEN \(from.description)::date AND \(to.description)::date AND e.site_id = \(site)
                AND (\(anyShift) OR a.shift_name = \(shiftName)) AND (\(anyStatus) OR a.status = \(statusName))
                AND (\(anyPerson) OR a.employee_code = \(code))
            """, logger: logger).decode((Int, Int, Int, Int, Int, Int, Int).self).first { _ in true }
        let (people, days, lateDays, absentDays, worked, late, required) = row ?? (0, 0, 0, 0, 0, 0, 0)
        return (people, AttendanceReport.EmployeeTotals(employeeCode: "", days: days, lateDays: lateDays, absentDays: absentDays,
                                                        minutesWorked: worked, minutesLate: late, requiredMinutes: required))
    }
}
