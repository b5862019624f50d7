import Foundation
import GRDB
import Attendance

/// A row of `correction`: a supervisor's add or void, with reason and identity. Append-only.
struct CorrectionRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "correction"

    enum Columns {
        static let localDate = Column(CodingKeys.localDate)
        static let madeAt = Column(CodingKeys.madeAt)
    }

    var id: String
    var employeeCode: String
    /// The day the correction affects (the added instant's day, or the voided punch's day).
    var localDate: String
    var action: String
    var kind: String?
    var instant: Date?
    var voidedPunchID: String?
    var reason: String
    var supervisorCode: String
    var madeAt: Date

    init(_ correction: Correction, localDate: LocalDate) {
        id = correction.id.uuidString
        employeeCode = correction.employee.rawValue
        self.localDate = localDate.description
        switch correction.action {
        case .add(let kind, let instant):
            action = "add"
            self.kind = kind.rawValue
            self.instant = instant
        case .void(let punchID):
            action = "void"
            voidedPunchID = punchID.uuidString
        }
        reason = correction.reason
        supervisorCode = correction.supervisor.rawValue
        madeAt = correction.madeAt
    }

    /// The domain value; nil for a row this version cannot read.
    var correction: Correction? {
        guard let uuid = UUID(uuidString: id) else { return nil }
        let value: Correction.Action
        switch action {
        case "add":
            guard let kind = kind.flatMap(PunchKind.init(rawValue:)), let instant else { return nil }
            value = .add(kind: kind, instant: instant)
        case "void":
            guard let punchID = voidedPunchID.flatMap(UUID.init(uuidString:)) else { return nil }
            value = .void(punchID: punchID)
        default:
            return nil
        }
        return Correction(id: uuid, employee: EmployeeCode(employeeCode), action: value, reason: reason,
                          supervisor: EmployeeCode(supervisorCode), madeAt: madeAt)
    }
}

