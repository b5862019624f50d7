import Attendance
import Foundation
import Hummingbird

// MARK: - Holidays: a calendar per site (the site's supervisor or an administrator)

extension WebConsole {
    func holidaysPage(_ request: Request) async throws -> Response {
        let user = try await signedIn(request)
        let site = try site(of: request, for: user)
        try await requireOpenableSite(site, for: user)
        let language = user.language
        var year = rules.localDate(of: Date()).year
        if let text = request.uri.queryParameters["year"].map(String.init), !text.isEmpty {
            guard let asked = Int(text), (1900...2999).contains(asked) else { throw ConsoleError(.badRequest, .badForm, detail: "year '\(text)'") }
            year = asked
        }
        let holidays = try await database.holidays(site: site, year: year)
        let link = { (year: Int) in "/console/holidays?site=\(Self.queryValue(site))&year=\(year)" }
        var data: [String: Any] = [
            "site": site, "year": String(year), "previousURL": link(year - 1), "nextURL": link(year + 1),
            "holidays": holidays.map { holiday in
                ["date": holiday.date.description, "weekday": ConsoleText.weekday(holiday.date.weekday, language), "name": holiday.name]
                    as [String: Any]
            },
            "hasHolidays": !holidays.isEmpty,
            "newDate": year == rules.localDate(of: Date()).year ? "" : "\(year)-01-01",
        ]
        if user.account.isAdministrator {
            data["siteChoice"] = true
            data["sites"] = try await database.sites().map { ["id": $0.id, "name": $0.name, "selected": $0.id == site] as [String: Any] }
        }
        return page(HolidaysTemplate.name, title: .holidays, data: data, user: user, notice: notice(of: request, language))
    }

    /// Adds (or renames) a holiday of a site the signed-in person may open; audited under their code.
    func addHoliday(_ request: Request) async throws -> Response {
        let user = try await signedIn(request)
        let form = try await checkedForm(request, user)
        let holiday = try HolidayForm(form, needsName: true)
        try await requireOpenableSite(holiday.site, for: user)
        try await database.save(holiday: Holiday(date: holiday.date, name: holiday.name), site: holiday.site, rules: rules, actor: user.actor)
        return ConsoleRenderer.redirect(to: "/console/holidays?site=\(Self.queryValue(holiday.site))&year=\(holiday.date.year)&notice=holidayAdded")
    }

    /// Removes a holiday of a site the signed-in person may open; audited under their code.
    func deleteHoliday(_ request: Request) async throws -> Response {
        let user = try await signedIn(request)
        let form = try await checkedForm(request, user)
        let holiday = try HolidayForm(form, needsName: false)
        try await requireOpenableSite(holiday.site, for: user)
        do {
            try await database.deleteHoliday(on: holiday.date, site: holiday.site, rules: rules, actor: user.actor)
        } catch let error as APIError where error.status == .notFound {
            throw ConsoleError(.notFound, .holidayNotFound, detail: "\(holiday.site) \(holiday.date)")
        }
        return ConsoleRenderer.redirect(to: "/console/holidays?site=\(Self.queryValue(holiday.site))&year=\(holiday.date.year)&notice=holidayDeleted")
    }

    /// Throws 403 when a supervisor names another site, 404 when the site does not exist.
    func requireOpenableSite(_ site: String, for user: SignedIn) async throws {
        guard user.account.mayOpen(site: site) else { throw ConsoleError.forbiddenSite }
        guard try await database.sites().contains(where: { $0.id == site }) else { throw ConsoleError(.notFound, .unknownSite, detail: site) }
    }

    /// `text` as one query-string value.
    static func queryValue(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+#?/"))) ?? text
    }
}
