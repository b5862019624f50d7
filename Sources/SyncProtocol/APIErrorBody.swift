/// The body of every error answer: `{"error": {"message": "…"}}` (401 carries no detail).
public struct APIErrorBody: Codable, Hashable, Sendable {
    /// The error.
    public struct Detail: Codable, Hashable, Sendable {
        /// What went wrong and what to do, in plain words.
        public var message: String
    }

    /// The error.
    public var error: Detail

    /// Makes an error body.
    public init(message: String) { self.error = Detail(message: message) }
}
