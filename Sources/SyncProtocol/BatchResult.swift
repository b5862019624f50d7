/// The answer to a punch or enrolment batch: one result per UUID sent, in the order sent.
public struct BatchResult: Codable, Hashable, Sendable {
    /// One result per item.
    public var results: [ItemResult]

    /// Makes an answer.
    public init(results: [ItemResult]) { self.results = results }
}
