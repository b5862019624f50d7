public import Foundation

/// A supervisor's correction made at a kiosk, going up (append-only on both sides: the original punch is
/// never changed). `action` is `add` (with `kind` and `instant`) or `void` (with `voidedPunchID`).
public struct WireCorrection: Codable, Hashable, Sendable {
    /// The correction's UUID; the server de-duplicates on it.
    public var id: UUID
    /// Whose day.
    public var employeeCode: String
    /// The day corrected, `YYYY-MM-DD` in the kiosk's time zone.
    public var localDate: String
    /// `add` or `void`.
    public var action: String
    /// `IN` or `OUT`, for `add`.
    public var kind: String?
    /// The added punch's instant, for `add`.
    public var instant: Date?
    /// The voided punch, for `void`.
    public var voidedPunchID: UUID?
    /// Why, in the supervisor's words.
    public var reason: String
    /// The supervisor who made it (employee code).
    public var madeBy: String
    /// When it was made.
    public var madeAt: Date

    /// Makes a wire correction.
    public init(id: UUID, employeeCode: String, localDate: String, action: String, kind: String?, instant: Date?,
                voidedPunchID: UUID?, reason: String, madeBy: String, madeAt: Date) {
        self.id = id
        self.employeeCode = employeeCode
        self.localDate = localDate
        self.action = action
        self.kind = kind
        self.instant = instant
        self.voidedPunchID = voidedPunchID
        self.reason = reason
        self.madeBy = madeBy
        self.madeAt = madeAt
    }
}
