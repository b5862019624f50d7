import Foundation
import Logging
import PostgresNIO
import SyncProtocol

// MARK: - The roster's calendar: holidays and leave for the kiosks' day view

extension ServerDatabase {
    /// How far back the roster's calendar reaches: the kiosk's day view looks at past days too.
    static let rosterCalendarPastDays = 62

    /// The site's holidays and its people's leave (not cancelled) from `rosterCalendarPastDays` ago on, in full.
    static func rosterCalendar(site: String, _ connection: PostgresConnection, logger: Logger)
        async throws -> (holidays: [RosterHoliday], leave: [RosterLeave]) {
        let past = rosterCalendarPastDays
        var holidays: [RosterHoliday] = []
        for try await (date, name) in try await connection.query("""
            SELECT to_char(date, 'YYYY-MM-DD'), name FROM holidays WHERE site_id = \(site) AND date >= current_date - \(past)::int
            ORDER BY date
            """, logger: logger).decode((String, String).self) {
            holidays.append(RosterHoliday(date: date, name: name))
        }
        var leave: [RosterLeave] = []
        for try await (id, code, kind, from, to, portion, note) in try await connection.query("""
            SELECT l.id, l.employee_code, l.kind, to_char(l.from_date, 'YYYY-MM-DD'), to_char(l.to_date, 'YYYY-MM-DD'), l.portion, l.note
            FROM leave l JOIN employees e ON e.code = l.employee_code
            WHERE e.site_id = \(site) AND l.cancelled_at IS NULL AND l.to_date >= current_date - \(past)::int
            ORDER BY l.employee_code, l.from_date, l.id
            """, logger: logger).decode((UUID, String, String, String, String, String, String).self) {
            leave.append(RosterLeave(id: id, employeeCode: code, kind: kind, from: from, to: to, portion: portion, note: note))
        }
        return (holidays, leave)
    }
}
