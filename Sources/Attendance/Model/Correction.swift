public import Foundation

/// A supervisor's correction: a new, append-only record that adds a missing punch or voids a wrong one.
/// The original punch is never edited or deleted.
public struct Correction: Hashable, Codable, Sendable, Identifiable {
    /// What the correction does.
    public enum Action: Hashable, Codable, Sendable {
        /// Adds a punch that was not recorded (forgotten badge, camera down); its method is `.manual`.
        case add(kind: PunchKind, instant: Date)
        /// Voids a recorded punch, which stays in the database.
        case void(punchID: UUID)
    }

    public var id: UUID
    public var employee: EmployeeCode
    public var action: Action
    /// Why, in the supervisor's words; required.
    public var reason: String
    /// The supervisor who made it.
    public var supervisor: EmployeeCode
    /// When it was made.
    public var madeAt: Date

    public init(id: UUID = UUID(), employee: EmployeeCode, action: Action, reason: String, supervisor: EmployeeCode, madeAt: Date) {
        self.id = id
        self.employee = employee
        self.action = action
        self.reason = reason
        self.supervisor = supervisor
        self.madeAt = madeAt
    }
}
