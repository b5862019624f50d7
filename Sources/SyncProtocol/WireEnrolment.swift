public import Foundation

/// A face template enrolled at a kiosk, going up with its consent record.
public struct WireEnrolment: Codable, Hashable, Sendable {
    /// The template's UUID; the server de-duplicates on it.
    public var id: UUID
    /// Whose face.
    public var employeeCode: String
    /// 128 little-endian `Float32` values (base64 in JSON).
    public var descriptor: Data
    /// When it was enrolled.
    public var enrolledAt: Date
    /// The consent that allows it.
    public var consent: WireConsent

    /// Makes an enrolment.
    public init(id: UUID, employeeCode: String, descriptor: Data, enrolledAt: Date, consent: WireConsent) {
        self.id = id
        self.employeeCode = employeeCode
        self.descriptor = descriptor
        self.enrolledAt = enrolledAt
        self.consent = consent
    }
}
