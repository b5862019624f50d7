import Attendance
import Foundation
import HTTPTypes
import Hummingbird
import Mustache
import Vocabulary

/// Renders console pages with swift-mustache: the page's template into the layout, every `{{value}}`
/// HTML-escaped by Mustache; responses carry a strict Content-Security-Policy and are never cached.
struct ConsoleRenderer: Sendable {
    private let library: MustacheLibrary

    /// Parses every template.
    ///
    /// - Throws: Mustache's parser error for a template with a syntax error (a build defect, caught by the tests).
    init() throws {
        var library = MustacheLibrary()
        let templates: [(String, String)] = [
            (LayoutTemplate.name, LayoutTemplate.text), (LoginTemplate.name, LoginTemplate.text),
            (TodayTemplate.name, TodayTemplate.text), (ReportsTemplate.name, ReportsTemplate.text),
            (PersonTemplate.name, PersonTemplate.text), (EmployeesTemplate.name, EmployeesTemplate.text),
            (EmployeeFormTemplate.name, EmployeeFormTemplate.text), (KiosksTemplate.name, KiosksTemplate.text),
            (CorrectionsTemplate.name, CorrectionsTemplate.text), (MessageTemplate.name, MessageTemplate.text),
            (ReviewTemplate.name, ReviewTemplate.text), (HolidaysTemplate.name, HolidaysTemplate.text),
            (LeaveGrantFormTemplate.name, LeaveGrantFormTemplate.text), (LeaveTemplate.name, LeaveTemplate.text),
            (LeaveListTemplate.name, LeaveListTemplate.text), (ShiftsTemplate.name, ShiftsTemplate.text),
        ]
        for (name, text) in templates { try library.register(text, named: name) }
        self.library = library
    }

    /// The page's HTML: `template` rendered with `data` (plus the texts as `t`) inside the layout.
    func html(_ template: String, title: String, data: [String: Any], language: Language, account: ConsoleAccount?,
              csrf: String?, notice: String? = nil, refreshSeconds: Int? = nil) -> String {
        let texts = ConsoleText.all(language)
        var pageData = data
        pageData["t"] = texts
        if let csrf { pageData["csrf"] = csrf }
        let body = library.render(pageData, withTemplate: template) ?? ""
        let other: Language = language == .es ? .en : .es
        var layout: [String: Any] = [
            "lang": language.rawValue, "title": title, "t": texts, "body": body,
            "otherLanguage": other.rawValue, "otherLanguageName": Bilingual(es: "Español", en: "English").text(other),
        ]
        if let account {
            layout["account"] = [
                "name": account.name, "roleLabel": ConsoleText.role(account.role, language),
                "isAdministrator": account.isAdministrator, "csrf": csrf ?? "",
            ] as [String: Any]
        }
        if let notice { layout["notice"] = notice }
        if let refreshSeconds { layout["refresh"] = String(refreshSeconds) }
        return library.render(layout, withTemplate: LayoutTemplate.name) ?? ""
    }

    /// The page as a response.
    func page(_ template: String, title: String, data: [String: Any], language: Language, account: ConsoleAccount?,
              csrf: String?, notice: String? = nil, refreshSeconds: Int? = nil, status: HTTPResponse.Status = .ok) -> Response {
        let text = html(template, title: title, data: data, language: language, account: account, csrf: csrf, notice: notice,
                        refreshSeconds: refreshSeconds)
        return Response(status: status, headers: Self.headers(contentType: "text/html; charset=utf-8"),
                        body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// Headers of every console answer: no caching of personal data, no framing, no foreign scripts.
    static func headers(contentType: String) -> HTTPFields {
        var fields = HTTPFields()
        fields[.contentType] = contentType
        fields[.cacheControl] = "no-store"
        fields[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        fields[HTTPField.Name("X-Frame-Options")!] = "DENY"
        fields[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        fields[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        return fields
    }

    /// A 303 to `location` (after a form, or to the login page).
    static func redirect(to location: String) -> Response {
        var fields = headers(contentType: "text/plain; charset=utf-8")
        fields[.location] = location
        return Response(status: .seeOther, headers: fields)
    }
}
