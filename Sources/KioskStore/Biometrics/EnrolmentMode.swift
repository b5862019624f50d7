/// What a new enrolment does with the employee's templates already stored.
public enum EnrolmentMode: String, Sendable, Hashable, CaseIterable {
    /// Keep them and add the new ones (the same person enrolled again: more views of one face).
    case add
    /// Delete them here and store only the new ones.
    case replace
}
