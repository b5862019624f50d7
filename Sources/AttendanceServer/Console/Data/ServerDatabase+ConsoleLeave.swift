import Attendance
import Foundation
import PostgresNIO

// MARK: - Leave of a site, for the console's Leave list

extension ServerDatabase {
    /// The leave of `site`'s people that is not cancelled and ends on or after `from`, by first day, at most
    /// `limit` records.
    func siteLeave(site: String, endingFrom from: LocalDate, limit: Int = 500) async throws -> [ConsoleLeave] {
        var list: [ConsoleLeave] = []
        for try await (id, code, name, kind, start, end, portion, note, by, at) in try await client.query("""
            SELECT l.id, l.employee_code, e.name, l.kind, to_char(l.from_date, 'YYYY-MM-DD'), to_char(l.to_date, 'YYYY-MM-DD'), l.portion,
                   l.note, l.created_by, l.created_at
            FROM leave l JOIN employees e ON e.code = l.employee_code
            WHERE e.site_id = \(site) AND l.cancelled_at IS NULL AND l.to_date >= \(from.description)::date
            ORDER BY l.from_date, e.name, l.id LIMIT \(limit)
            """, logger: logger).decode((UUID, String, String, String, String, String, String, String, String, Date).self) {
            guard let kind = LeaveKind(rawValue: kind), let start = LocalDate(start), let end = LocalDate(end),
                  let portion = LeavePortion(rawValue: portion), start <= end else { continue }
            let leave = Leave(id: id, employee: EmployeeCode(code), kind: kind, from: start, to: end, portion: portion, note: note)
            list.append(ConsoleLeave(stored: StoredLeave(leave: leave, createdBy: by, createdAt: at, cancelledAt: nil), employeeName: name))
        }
        return list
    }
}
