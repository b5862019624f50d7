import Attendance

/// The Holidays page's forms, read and checked: the site and the date (delete), and the name (add).
struct HolidayForm: Sendable {
    /// The site whose calendar changes.
    var site: String
    /// The day.
    var date: LocalDate
    /// The holiday's name; empty on the delete form, which has none.
    var name: String

    /// The longest name kept (it is shown in every explanation of the day).
    static let maxNameLength = 100

    /// Reads `site`, `date` and, when `needsName`, `name`.
    ///
    /// - Throws: ``ConsoleError`` 400 naming the missing site, the bad date, the missing or too long name.
    init(_ form: ConsoleForm, needsName: Bool) throws {
        guard let site = form["site"] else { throw ConsoleError(.badRequest, .badForm, detail: "site") }
        guard let text = form["date"], let date = LocalDate(text) else {
            throw ConsoleError(.badRequest, .badDate, detail: form["date"] ?? "")
        }
        let name = form["name"] ?? ""
        if needsName {
            guard !name.isEmpty else { throw ConsoleError(.badRequest, .holidayNameMissing) }
            guard name.count <= Self.maxNameLength else {
                throw ConsoleError(.badRequest, .holidayNameTooLong, detail: "\(name.count) > \(Self.maxNameLength)")
            }
        }
        self.site = site
        self.date = date
        self.name = name
    }
}
