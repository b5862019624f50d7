public import Attendance

/// What ``KioskStore/punch(_:at:method:matchDistance:confirmedShortStay:)`` decided, after the commit.
public struct PunchOutcome: Hashable, Sendable {
    /// The rules' decision (record, already recorded, confirm a short stay).
    public var decision: PunchDecision
    /// The stored punch when the decision was `.record`: it is on disk when this is returned.
    public var punch: Punch?
    /// Who punched (name for the greeting).
    public var employee: Employee

    public init(decision: PunchDecision, punch: Punch?, employee: Employee) {
        self.decision = decision
        self.punch = punch
        self.employee = employee
    }
}
