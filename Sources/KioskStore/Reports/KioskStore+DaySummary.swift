public import Foundation
public import Attendance
import GRDB

// MARK: - Day summary

extension KioskStore {
    /// The day view for any date, computed by ``PunchRules`` from the stored punches and corrections and the
    /// holidays and leave the roster brought; each record carries its explanation.
    ///
    /// - Parameters:
    ///   - date: The local date.
    ///   - now: Decides pending vs absent and open vs missing exit.
    public func daySummary(for date: LocalDate, now: Date = Date()) async throws -> DaySummary {
        let input = try await read("day summary \(date)") { db in try DayInput.fetch(db, date: date) }
        let records = rules.dayRecords(for: date, employees: input.employees, schedules: input.schedules,
                                       shifts: input.shifts, punches: input.punches,
                                       corrections: input.corrections, calendar: input.calendar, now: now)
        return DaySummary(date: date, records: records, totals: DayTotals.totals(records))
    }
}
