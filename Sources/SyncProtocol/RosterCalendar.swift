public import Foundation

/// A holiday of the kiosk's site, in the roster.
public struct RosterHoliday: Codable, Hashable, Sendable {
    /// `YYYY-MM-DD`.
    public var date: String
    /// Its name ("Día de la Constitución").
    public var name: String

    /// Makes a holiday entry.
    public init(date: String, name: String) {
        self.date = date
        self.name = name
    }
}

/// Leave of one of the site's people, in the roster (cancelled leave is never sent).
public struct RosterLeave: Codable, Hashable, Sendable {
    /// The leave's id on the server.
    public var id: UUID
    /// Whose.
    public var employeeCode: String
    /// `vacation`, `sick` or `permiso`.
    public var kind: String
    /// First day, `YYYY-MM-DD`.
    public var from: String
    /// Last day, `YYYY-MM-DD`.
    public var to: String
    /// `wholeDay`, `firstHalf` or `secondHalf`.
    public var portion: String
    /// A note, may be empty.
    public var note: String

    /// Makes a leave entry.
    public init(id: UUID, employeeCode: String, kind: String, from: String, to: String, portion: String, note: String) {
        self.id = id
        self.employeeCode = employeeCode
        self.kind = kind
        self.from = from
        self.to = to
        self.portion = portion
        self.note = note
    }
}
