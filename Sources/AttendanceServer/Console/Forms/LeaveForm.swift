import Attendance
import Foundation

/// The Leave pages' grant form, read and checked before anything is stored: whose, which kind, whole or half
/// days, first and last day (the last defaults to the first), and a note.
struct LeaveForm: Sendable {
    /// Whose leave (the person's code).
    var code: String
    /// The leave to grant.
    var leave: Leave

    /// The longest note kept.
    static let maxNoteLength = 500
    /// The longest range one grant covers, as the store allows (longer leave is split).
    static let maxDays = 366

    /// Reads `code`, `kind`, `portion`, `from`, `to` and `note`.
    ///
    /// - Throws: ``ConsoleError`` 400 naming the missing person, an unknown kind or portion, a bad date, a last day
    ///   before the first, a range over 366 days or a note over 500 characters.
    init(_ form: ConsoleForm, id: UUID = UUID()) throws {
        guard let code = form["code"] else { throw ConsoleError(.badRequest, .badForm, detail: "code") }
        guard let kind = form["kind"].flatMap(LeaveKind.init(rawValue:)) else {
            throw ConsoleError(.badRequest, .badForm, detail: "kind '\(form["kind"] ?? "")'")
        }
        let portion: LeavePortion
        if let text = form["portion"] {
            guard let chosen = LeavePortion(rawValue: text) else { throw ConsoleError(.badRequest, .badForm, detail: "portion '\(text)'") }
            portion = chosen
        } else {
            portion = .wholeDay
        }
        guard let fromText = form["from"], let from = LocalDate(fromText) else {
            throw ConsoleError(.badRequest, .badDate, detail: form["from"] ?? "")
        }
        var to = from
        if let toText = form["to"] {
            guard let date = LocalDate(toText) else { throw ConsoleError(.badRequest, .badDate, detail: toText) }
            to = date
        }
        guard from <= to else { throw ConsoleError(.badRequest, .leaveEndsBeforeStart, detail: "\(from) > \(to)") }
        guard from.adding(days: Self.maxDays) >= to else {
            throw ConsoleError(.badRequest, .leaveTooLong, detail: "\(from) … \(to)")
        }
        let note = form["note"] ?? ""
        guard note.count <= Self.maxNoteLength else {
            throw ConsoleError(.badRequest, .noteTooLong, detail: "\(note.count) > \(Self.maxNoteLength)")
        }
        self.code = code
        self.leave = Leave(id: id, employee: EmployeeCode(code), kind: kind, from: from, to: to, portion: portion, note: note)
    }
}
