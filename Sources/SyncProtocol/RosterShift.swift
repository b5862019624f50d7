/// A shift (turno) as the roster carries it.
public struct RosterShift: Codable, Hashable, Sendable {
    /// Unique name ("Mañana").
    public var name: String
    /// Start, `HH:MM`.
    public var start: String
    /// End, `HH:MM`; not after the start when the shift crosses midnight.
    public var end: String

    /// Makes a roster shift.
    public init(name: String, start: String, end: String) {
        self.name = name
        self.start = start
        self.end = end
    }
}
