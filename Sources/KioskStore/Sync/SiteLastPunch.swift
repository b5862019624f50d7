public import Foundation
public import Attendance

/// An employee's latest punch at the site, from any door, as the roster carries it. It is stored apart from
/// this kiosk's punches: only the IN/OUT decision reads it, and it is never sent back to the server.
public struct SiteLastPunch: Sendable, Hashable {
    /// Whose punch.
    public var employee: EmployeeCode
    /// The punch's UUID (one of this kiosk's own punches when it was recorded here).
    public var punchID: UUID
    /// The door that recorded it.
    public var kioskID: String
    /// When, UTC.
    public var instant: Date
    /// Entry or exit.
    public var kind: PunchKind

    /// Makes a last-punch entry.
    public init(employee: EmployeeCode, punchID: UUID, kioskID: String, instant: Date, kind: PunchKind) {
        self.employee = employee
        self.punchID = punchID
        self.kioskID = kioskID
        self.instant = instant
        self.kind = kind
    }
}
