/// Why a value does not fit its schema: where (`body.punches[3].kind`, `query parameter 'since'`) and what.
struct SchemaViolation: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where in the request.
    var location: String
    /// What is wrong.
    var problem: String

    var description: String { "\(location): \(problem)" }
}
