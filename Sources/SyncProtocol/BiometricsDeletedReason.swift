public import Foundation

/// The ``ItemResult/reason`` of an enrolment the server refuses because it was recorded before the person's
/// biometrics were last deleted (consent withdrawn or the person left while this kiosk was offline). Like
/// ``FaceConflictReason`` it is final: the kiosk removes those templates instead of sending them again.
public enum BiometricsDeletedReason {
    /// How the reason starts.
    public static let prefix = "biometrics-deleted: "

    /// The reason for refusing `employeeCode`'s template enrolled at `enrolledAt`, before the deletion at `deletedAt`.
    public static func make(employeeCode: String, enrolledAt: Date, deletedAt: Date) -> String {
        prefix + "enrolled at \(SyncCoding.formatDate(enrolledAt)), before \(employeeCode)'s biometrics were deleted at "
            + "\(SyncCoding.formatDate(deletedAt)); the kiosk removes it. Enrol again with new consent."
    }

    /// True when `reason` is this refusal.
    public static func matches(_ reason: String?) -> Bool { reason?.hasPrefix(prefix) ?? false }
}
