import Attendance

/// The Shifts page's form, read and checked: a name, a start and an end (`HH:MM`; an end not after the start
/// crosses midnight).
struct ShiftForm: Sendable {
    /// The shift's name (its key: a changed name is another shift).
    var name: String
    /// `HH:MM`.
    var start: String
    /// `HH:MM`.
    var end: String

    /// Reads `name`, `start` and `end`; a browser's `HH:MM:SS` is cut to `HH:MM` when its seconds are zero.
    ///
    /// - Throws: ``ConsoleError`` 400 for a name that is empty, longer than 64 characters or has a `/`, a time
    ///   that is not `HH:MM`, or a start equal to the end.
    init(_ form: ConsoleForm) throws {
        let name = form["name"] ?? ""
        guard !name.isEmpty, name.count <= 64, !name.contains("/") else { throw ConsoleError(.badRequest, .badShiftName, detail: name) }
        let start = try Self.time(form["start"])
        let end = try Self.time(form["end"])
        guard start != end else { throw ConsoleError(.badRequest, .shiftStartsAtEnd, detail: start.description) }
        self.name = name
        self.start = start.description
        self.end = end.description
    }

    private static func time(_ text: String?) throws -> LocalTime {
        let text = text ?? ""
        let minutes = text.count == 8 && text.hasSuffix(":00") ? String(text.prefix(5)) : text
        guard let time = LocalTime(minutes) else { throw ConsoleError(.badRequest, .badTime, detail: text) }
        return time
    }
}
