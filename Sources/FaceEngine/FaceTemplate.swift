/// One enrolled face of an employee: the employee's code and the face's embedding.
public struct FaceTemplate: Sendable, Hashable {
    /// The employee's code (the roster's identifier).
    public let employeeCode: String
    /// The enrolled face's descriptor.
    public let embedding: Embedding

    /// A template from its parts.
    public init(employeeCode: String, embedding: Embedding) {
        self.employeeCode = employeeCode
        self.embedding = embedding
    }
}
