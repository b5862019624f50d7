/// Whether a search result names an employee, and if not, why.
public enum MatchDecision: Sendable, Hashable {
    /// The face is this employee's.
    case accepted(employeeCode: String, distance: Float)
    /// Nobody is enrolled.
    case emptyGallery
    /// The nearest employee is farther than the threshold.
    case tooFar(distance: Float)
    /// The runner-up employee is too close to the best to tell them apart.
    case ambiguous(distance: Float, runnerUpDistance: Float)

    /// The accepted employee's code, or nil for every kind of unknown.
    public var employeeCode: String? {
        if case .accepted(let code, _) = self { return code }
        return nil
    }
}
