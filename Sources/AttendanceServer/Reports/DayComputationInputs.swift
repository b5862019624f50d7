import Attendance
import Foundation

/// Everything the rules read to compute the days of a range: who, their schedules and shifts, every door's
/// punches, corrections, each site's calendar and policy.
struct DayComputationInputs: Sendable {
    var from: LocalDate
    var to: LocalDate
    var employeesBySite: [String: [Employee]] = [:]
    var shifts: [Shift] = []
    var schedules: [Schedule] = []
    var punchesByDate: [LocalDate: [Punch]] = [:]
    var correctionsByDate: [LocalDate: [Correction]] = [:]
    var calendars: [String: DayCalendar] = [:]
    var policies: [String: SitePolicy] = [:]

    /// The days' records with `rules` at `now`, in date order, then site, then employee code order.
    func records(rules: PunchRules, now: Date) -> [DayRecord] {
        var records: [DayRecord] = []
        var date = from
        let sites = employeesBySite.keys.sorted()
        while date <= to {
            for site in sites {
                records += rules.dayRecords(for: date, employees: employeesBySite[site] ?? [], schedules: schedules, shifts: shifts,
                                            punches: punchesByDate[date] ?? [], corrections: correctionsByDate[date] ?? [],
                                            calendar: calendars[site] ?? .empty, policy: policies[site] ?? SitePolicy(), now: now)
            }
            date = date.adding(days: 1)
        }
        return records
    }
}
