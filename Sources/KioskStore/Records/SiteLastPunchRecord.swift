import Foundation
import GRDB
import Attendance

/// A row of `siteLastPunch`: an employee's latest punch at the site from the roster (never sent back).
struct SiteLastPunchRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "siteLastPunch"

    var employeeCode: String
    var punchID: String
    var kioskID: String
    var instantMs: Int64
    var kind: String

    init(_ last: SiteLastPunch) {
        employeeCode = last.employee.rawValue
        punchID = last.punchID.uuidString
        kioskID = last.kioskID
        instantMs = PunchRecord.milliseconds(last.instant)
        kind = last.kind.rawValue
    }

    /// The domain value; nil for a row this version cannot read.
    var lastPunch: SiteLastPunch? {
        guard let id = UUID(uuidString: punchID), let kind = PunchKind(rawValue: kind) else { return nil }
        return SiteLastPunch(employee: EmployeeCode(employeeCode), punchID: id, kioskID: kioskID,
                             instant: PunchRecord.date(milliseconds: instantMs), kind: kind)
    }
}
