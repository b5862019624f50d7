public import Attendance
public import SyncProtocol

extension WirePunch {
    /// The wire form of a recorded punch.
    public init(_ punch: Punch) {
        self.init(id: punch.id, kioskID: punch.kioskID, sequence: punch.sequence, employeeCode: punch.employee.rawValue,
                  instant: punch.instant, localDate: punch.localDate.description, kind: punch.kind.rawValue,
                  method: punch.method.rawValue, matchDistance: punch.matchDistance, shiftName: punch.shiftName,
                  flags: punch.flags.rawValue)
    }
}
