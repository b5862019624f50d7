import Attendance
import Foundation
import SyncProtocol

extension WireCorrection {
    /// The wire form of a correction of `localDate`.
    init(_ correction: Correction, localDate: LocalDate) {
        switch correction.action {
        case .add(let kind, let instant):
            self.init(id: correction.id, employeeCode: correction.employee.rawValue, localDate: localDate.description, action: "add",
                      kind: kind.rawValue, instant: instant, voidedPunchID: nil, reason: correction.reason,
                      madeBy: correction.supervisor.rawValue, madeAt: correction.madeAt)
        case .void(let punchID):
            self.init(id: correction.id, employeeCode: correction.employee.rawValue, localDate: localDate.description, action: "void",
                      kind: nil, instant: nil, voidedPunchID: punchID, reason: correction.reason,
                      madeBy: correction.supervisor.rawValue, madeAt: correction.madeAt)
        }
    }
}
