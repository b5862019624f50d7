import Foundation
public import Attendance
import GRDB

// MARK: - Another door's last punch

extension KioskStore {
    /// The employee's latest punch at another door (from the roster) as a punch the rules can read, when it
    /// is within the decision's horizon and is not one of this kiosk's own punches.
    ///
    /// The roster does not carry the punch's shift: an entry is given the shift the rules would have
    /// assigned it here, so its window decides whether the next punch is the exit. The method is unknown
    /// and the rules do not read it.
    static func otherDoorPunch(_ db: Database, employee code: EmployeeCode, sinceMilliseconds: Int64, rules: PunchRules,
                               schedules: [Schedule], shifts: [Shift]) throws -> Punch? {
        guard let record = try SiteLastPunchRecord.fetchOne(db, key: code.rawValue), record.instantMs >= sinceMilliseconds,
              let last = record.lastPunch, try !PunchRecord.exists(db, key: record.punchID)
        else { return nil }
        var localDate = rules.localDate(of: last.instant)
        var shiftName: String?
        if last.kind == .entry,
           case .record(let draft) = rules.decide(employee: code, at: last.instant, schedules: schedules, shifts: shifts, recentPunches: []) {
            localDate = draft.localDate
            shiftName = draft.shiftName
        }
        return Punch(id: last.punchID, kioskID: last.kioskID, sequence: 0, employee: code, instant: last.instant,
                     localDate: localDate, kind: last.kind, method: .manual, shiftName: shiftName)
    }

    /// The site's latest punch of an employee as the roster last said, or nil.
    public func siteLastPunch(of code: EmployeeCode) async throws -> SiteLastPunch? {
        try await read("site last punch \(code)") { db in
            try SiteLastPunchRecord.fetchOne(db, key: code.rawValue)?.lastPunch
        }
    }
}
