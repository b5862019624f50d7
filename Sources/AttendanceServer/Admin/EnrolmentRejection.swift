public import Foundation

/// An enrolment the server refused because its face is another employee's at the site (metadata only,
/// never the descriptor), for the administrator.
public struct EnrolmentRejection: Codable, Hashable, Sendable {
    /// The refused template's UUID.
    public var id: UUID
    /// The consent record the enrolment's templates share; an override accepts them together.
    public var consentID: UUID
    /// Whose enrolment it was.
    public var employeeCode: String
    /// Whose face it matched.
    public var matchedCode: String
    /// The distance to the matched face.
    public var distance: Float
    /// The kiosk that sent it.
    public var kiosk: String?
    /// The reason the kiosk was given.
    public var reason: String
    public var rejectedAt: Date
    /// The administrator who accepted it anyway, with why and when; nil while refused.
    public var overriddenBy: String?
    public var overrideReason: String?
    public var overriddenAt: Date?

    public init(id: UUID, consentID: UUID, employeeCode: String, matchedCode: String, distance: Float, kiosk: String?, reason: String,
                rejectedAt: Date, overriddenBy: String? = nil, overrideReason: String? = nil, overriddenAt: Date? = nil) {
        self.id = id
        self.consentID = consentID
        self.employeeCode = employeeCode
        self.matchedCode = matchedCode
        self.distance = distance
        self.kiosk = kiosk
        self.reason = reason
        self.rejectedAt = rejectedAt
        self.overriddenBy = overriddenBy
        self.overrideReason = overrideReason
        self.overriddenAt = overriddenAt
    }
}
