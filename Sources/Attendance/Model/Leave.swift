public import Foundation

/// Why a person is away with leave. Raw values are the wire and database names.
public enum LeaveKind: String, CaseIterable, Codable, Sendable {
    /// Vacaciones: the day is `justified`.
    case vacation
    /// Baja or sick day: the day is `justified`.
    case sick
    /// Permiso (a personal errand, an exam, a move): the day is `permission`.
    case permiso

    /// The status a whole day of this leave gives instead of `absent`.
    public var status: DayStatus { self == .permiso ? .permission : .justified }
}

/// How much of each day a leave covers. Raw values are the wire and database names.
public enum LeavePortion: String, CaseIterable, Codable, Sendable {
    /// The whole day: nothing is expected.
    case wholeDay
    /// The first half of the shift: the person is expected from the shift's midpoint.
    case firstHalf
    /// The second half of the shift: the person is expected until the shift's midpoint.
    case secondHalf
}

/// Leave granted to one person over a range of days (both ends included). A night shift's leave is on the
/// day the shift starts, like its punches.
public struct Leave: Hashable, Codable, Sendable, Identifiable {
    /// Unique; the server keeps it.
    public var id: UUID
    /// Whose leave.
    public var employee: EmployeeCode
    /// Which kind.
    public var kind: LeaveKind
    /// First day.
    public var from: LocalDate
    /// Last day (equal to `from` for one day).
    public var to: LocalDate
    /// Whole days or half days.
    public var portion: LeavePortion
    /// A note shown in explanations ("cita médica"); may be empty.
    public var note: String

    /// Makes a leave record.
    ///
    /// - Precondition: `from <= to`.
    public init(id: UUID = UUID(), employee: EmployeeCode, kind: LeaveKind, from: LocalDate, to: LocalDate,
                portion: LeavePortion = .wholeDay, note: String = "") {
        precondition(from <= to, "Leave from \(from) is after to \(to)")
        self.id = id
        self.employee = employee
        self.kind = kind
        self.from = from
        self.to = to
        self.portion = portion
        self.note = note
    }

    /// True when the leave covers `date`.
    public func covers(_ date: LocalDate) -> Bool { from <= date && date <= to }
}
