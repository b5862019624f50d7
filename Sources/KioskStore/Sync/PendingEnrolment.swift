public import Foundation
public import Attendance

/// A face template enrolled at this kiosk, decrypted for upload with its consent record
/// (`POST /api/v1/enrolments`).
///
/// `description` never shows the vector (special-category data, STYLE.md rule 5).
public struct PendingEnrolment: Sendable, Hashable, CustomStringConvertible {
    /// The template's UUID; the server de-duplicates on it.
    public var id: UUID
    /// Whose face.
    public var employee: EmployeeCode
    /// The 128-D descriptor.
    public var vector: [Float]
    /// When it was enrolled.
    public var enrolledAt: Date
    /// The consent record's UUID.
    public var consentID: UUID
    /// The consent that allows it.
    public var consent: BiometricConsent

    /// Makes a pending enrolment.
    public init(id: UUID, employee: EmployeeCode, vector: [Float], enrolledAt: Date, consentID: UUID, consent: BiometricConsent) {
        self.id = id
        self.employee = employee
        self.vector = vector
        self.enrolledAt = enrolledAt
        self.consentID = consentID
        self.consent = consent
    }

    public var description: String { "PendingEnrolment(\(vector.count)-D, redacted)" }
}
