/// A shift as the administrator writes it (`PUT /api/v1/admin/shifts/{name}`).
public struct AdminShift: Codable, Hashable, Sendable {
    /// Unique name.
    public var name: String
    /// `HH:MM`.
    public var start: String
    /// `HH:MM`; not after `start` when the shift crosses midnight.
    public var end: String

    /// Makes a shift.
    public init(name: String, start: String, end: String) {
        self.name = name
        self.start = start
        self.end = end
    }
}
