import Attendance
import Foundation
import PostgresNIO

// MARK: - Today's lines in one query

extension ServerDatabase {
    /// The stored days of `site`'s people on `date`, each with the person's newest punch at the site and its
    /// door, in employee code order, `limit` of them (nil: all) after the first `offset`: one query, which looks
    /// up the newest punch of the window's people only (call `refreshStoredDays` first).
    func todayRows(site: String, on date: LocalDate, limit: Int? = nil, offset: Int = 0) async throws -> [TodayRow] {
        var rows: [TodayRow] = []
        rows.reserveCapacity(min(limit ?? 1024, 1024))
        for try await (code, name, status, late, required, flags, firstIn, lastOut, punchAt, kind, door) in try await client.query("""
            SELECT a.employee_code, a.name, a.status, a.minutes_late, a.required_minutes, a.flags, a.first_in, a.last_out,
                   p.instant, p.kind, p.door
            FROM (SELECT a.employee_code, a.date, e.name, a.status, a.minutes_late, a.required_minutes, a.flags, a.first_in, a.last_out
                  FROM daily_attendance a JOIN employees e ON e.code = a.employee_code
                  WHERE a.date = \(date.description)::date AND e.site_id = \(site)
                  ORDER BY a.employee_code LIMIT \(limit) OFFSET \(offset)) a
            LEFT JOIN LATERAL (
                SELECT p.instant, p.kind, COALESCE(k.name, p.kiosk_id) AS door
                FROM punches p LEFT JOIN kiosks k ON k.id = p.received_from
                WHERE p.local_date = a.date AND p.employee_code = a.employee_code AND p.site_id = \(site)
                ORDER BY p.instant DESC LIMIT 1) p ON true
            ORDER BY a.employee_code
            """, logger: logger).decode((String, String, String, Int, Int, Int, Date?, Date?, Date?, String?, String?).self) {
            var row = TodayRow(employeeCode: code, employeeName: name, status: status, minutesLate: late, requiredMinutes: required,
                               flags: flags, firstIn: firstIn, lastOut: lastOut)
            if let punchAt, let kind, let door { row.lastPunch = (punchAt, kind, door) }
            rows.append(row)
        }
        return rows
    }
}
