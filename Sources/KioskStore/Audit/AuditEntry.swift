public import Foundation
public import Attendance

/// One line of the audit log: a supervisor's or technician's action, with who did it.
public struct AuditEntry: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var at: Date
    /// Who did it (an employee code, or `system` for the kiosk itself).
    public var actor: EmployeeCode
    /// A dotted action name, e.g. `correction.add`, `biometrics.delete`, `alarm.acknowledge`.
    public var action: String
    /// Free text; never a PIN, template or vector.
    public var detail: String

    public init(id: Int64, at: Date, actor: EmployeeCode, action: String, detail: String) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.detail = detail
    }

    /// The actor the kiosk itself writes under (seeds, recovery).
    public static let systemActor = EmployeeCode("system")
}
