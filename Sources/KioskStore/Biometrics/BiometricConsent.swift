public import Foundation
public import Attendance

/// A biometric consent given at enrolment (GDPR art. 9): which text the person accepted, who recorded it,
/// and when.
public struct BiometricConsent: Hashable, Sendable {
    /// The version of the consent text shown (e.g. `consent-es-2025-01`).
    public var textVersion: String
    /// The supervisor who collected it.
    public var recordedBy: EmployeeCode
    /// When the person consented.
    public var at: Date

    public init(textVersion: String, recordedBy: EmployeeCode, at: Date = Date()) {
        self.textVersion = textVersion
        self.recordedBy = recordedBy
        self.at = at
    }
}
