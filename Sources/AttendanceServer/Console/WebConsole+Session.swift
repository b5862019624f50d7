import Attendance
import Foundation
import Hummingbird
import Vocabulary

// MARK: - Who is signed in

extension WebConsole {
    /// The signed-in person of a request, their session and language.
    struct SignedIn: Sendable {
        var account: ConsoleAccount
        var session: ConsoleSession
        var language: Language

        /// The audit log's actor for this person's changes.
        var actor: String { "console:\(account.code)" }
    }

    /// The signed-in person, checked against the database on every request (someone deactivated or whose role
    /// changed loses the console at once).
    ///
    /// - Throws: ``ConsoleError/signInFirst`` (answered with a redirect to the login page).
    func signedIn(_ request: Request) async throws -> SignedIn {
        let session: ConsoleSession?
        do {
            session = try await sessions.load(request: request)
        } catch {
            session = nil
        }
        guard let session, let account = try await database.consoleAccount(code: session.employeeCode) else {
            throw ConsoleError.signInFirst
        }
        return SignedIn(account: account, session: session, language: ConsoleLanguage.of(request))
    }

    /// An administrator, signed in.
    ///
    /// - Throws: ``ConsoleError/adminOnly`` for a supervisor.
    func administrator(_ request: Request) async throws -> SignedIn {
        let user = try await signedIn(request)
        guard user.account.isAdministrator else { throw ConsoleError.adminOnly }
        return user
    }

    /// The submitted form, after its CSRF token is checked against the session's.
    ///
    /// - Throws: ``ConsoleError/csrfRefused`` (403) when the token is missing or wrong.
    func checkedForm(_ request: Request, _ user: SignedIn) async throws -> ConsoleForm {
        let form = try await ConsoleForm.read(request)
        guard CSRFToken.matches(form.raw(CSRFToken.field), user.session.csrfToken) else { throw ConsoleError.csrfRefused }
        return form
    }

    /// The site a page is about: the `site` query parameter, else the person's own.
    ///
    /// - Throws: ``ConsoleError/forbiddenSite`` when a supervisor asks for another site.
    func site(of request: Request, for user: SignedIn) throws -> String {
        let asked = request.uri.queryParameters["site"].map(String.init).flatMap { $0.isEmpty ? nil : $0 } ?? user.account.site
        guard user.account.mayOpen(site: asked) else { throw ConsoleError.forbiddenSite }
        return asked
    }

    /// The notice named by `?notice=KEY` after a redirect (only known texts are shown).
    func notice(of request: Request, _ language: Language) -> String? {
        request.uri.queryParameters["notice"].flatMap { ConsoleText.Key(rawValue: String($0)) }.map { ConsoleText.text($0, language) }
    }

    /// Renders `template` for a signed-in person.
    func page(_ template: String, title: ConsoleText.Key, data: [String: Any], user: SignedIn, notice: String? = nil,
              refreshSeconds: Int? = nil) -> Response {
        renderer.page(template, title: ConsoleText.text(title, user.language), data: data, language: user.language,
                      account: user.account, csrf: user.session.csrfToken, notice: notice, refreshSeconds: refreshSeconds)
    }
}
