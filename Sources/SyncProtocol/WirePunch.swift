public import Foundation

/// A punch as it travels from a kiosk to the server.
///
/// Enumerated fields travel as text so that one bad punch is rejected on its own instead of failing the
/// whole batch: `kind` is `IN` or `OUT`, `method` is `face`, `pin` or `manual`, `localDate` is `YYYY-MM-DD`.
public struct WirePunch: Codable, Hashable, Sendable {
    /// The punch's UUID; the server de-duplicates on it.
    public var id: UUID
    /// The kiosk that recorded it (the id it had then).
    public var kioskID: String
    /// The kiosk's sequence number, strictly increasing per kiosk.
    public var sequence: Int64
    /// The employee's code.
    public var employeeCode: String
    /// The instant, UTC.
    public var instant: Date
    /// The day the punch belongs to in the kiosk's time zone, `YYYY-MM-DD`.
    public var localDate: String
    /// `IN` or `OUT`.
    public var kind: String
    /// `face`, `pin` or `manual`.
    public var method: String
    /// The face-match distance, for `face`.
    public var matchDistance: Double?
    /// The shift the kiosk assigned, if any.
    public var shiftName: String?
    /// The kiosk's `PunchFlags` bits.
    public var flags: Int

    /// Makes a wire punch.
    public init(id: UUID, kioskID: String, sequence: Int64, employeeCode: String, instant: Date, localDate: String,
                kind: String, method: String, matchDistance: Double? = nil, shiftName: String? = nil, flags: Int = 0) {
        self.id = id
        self.kioskID = kioskID
        self.sequence = sequence
        self.employeeCode = employeeCode
        self.instant = instant
        self.localDate = localDate
        self.kind = kind
        self.method = method
        self.matchDistance = matchDistance
        self.shiftName = shiftName
        self.flags = flags
    }
}
