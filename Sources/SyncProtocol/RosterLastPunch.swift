public import Foundation

/// An employee's latest punch at the kiosk's site, from any door: lets the kiosk decide IN or OUT when the
/// previous punch was at another door.
public struct RosterLastPunch: Codable, Hashable, Sendable {
    /// Whose punch.
    public var employeeCode: String
    /// The punch's UUID.
    public var punchID: UUID
    /// The door that recorded it.
    public var kioskID: String
    /// When, UTC.
    public var instant: Date
    /// `IN` or `OUT`.
    public var kind: String

    /// Makes a last-punch entry.
    public init(employeeCode: String, punchID: UUID, kioskID: String, instant: Date, kind: String) {
        self.employeeCode = employeeCode
        self.punchID = punchID
        self.kioskID = kioskID
        self.instant = instant
        self.kind = kind
    }
}
