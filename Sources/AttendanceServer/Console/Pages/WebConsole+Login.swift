import Attendance
import Foundation
import Hummingbird
import Vocabulary

// MARK: - Sign in, sign out, language

extension WebConsole {
    /// What a sign-in attempt came to.
    enum LoginOutcome: Equatable, Sendable {
        case signedIn(ConsoleAccount)
        case wrong
        case locked
        case noConsole
    }

    /// Checks `password` for `code`: a locked account is refused without checking; a wrong password counts
    /// towards the lockout; an unknown code costs the same bcrypt time as a known one.
    func attemptLogin(code: String, password: String, now: Date = Date()) async throws -> LoginOutcome {
        let record = try await database.consoleLoginRecord(code: code)
        if let until = record?.lockedUntil, until > now { return .locked }
        let matches = try await passwords.verify(password, hash: record?.passwordHash)
        guard let record else { return .wrong }
        guard matches else {
            let locked = try await database.recordFailedConsoleLogin(code: code, limit: Self.lockoutLimit, lockFor: Self.lockoutSeconds, now: now)
            return locked ? .locked : .wrong
        }
        guard record.active, ConsoleAccount.hasConsole(record.account.role) else { return .noConsole }
        try await database.recordConsoleLogin(code: code, now: now)
        return .signedIn(record.account)
    }

    func loginPage(_ request: Request) async throws -> Response {
        if (try? await signedIn(request)) != nil { return ConsoleRenderer.redirect(to: "/console/today") }
        return loginForm(request, error: nil, code: nil, status: .ok)
    }

    /// The login form with a fresh CSRF token, also set as a cookie (double submit: there is no session yet).
    private func loginForm(_ request: Request, error: ConsoleText.Key?, code: String?, status: HTTPResponse.Status) -> Response {
        let language = ConsoleLanguage.of(request)
        let token = CSRFToken.make()
        var data: [String: Any] = ["code": code ?? ""]
        if let error { data["error"] = ConsoleText.text(error, language) }
        var response = renderer.page(LoginTemplate.name, title: ConsoleText.text(.signIn, language), data: data, language: language,
                                     account: nil, csrf: token, status: status)
        response.setCookie(Cookie(name: Self.loginCSRFCookie, value: token, maxAge: 3600, path: "/console", secure: secureCookies,
                                  httpOnly: true, sameSite: .strict))
        return response
    }

    func logIn(_ request: Request) async throws -> Response {
        let form = try await ConsoleForm.read(request)
        guard let expected = request.cookies[Self.loginCSRFCookie]?.value, CSRFToken.matches(form.raw(CSRFToken.field), expected) else {
            throw ConsoleError.csrfRefused
        }
        let code = form["code"] ?? ""
        let password = form.raw("password") ?? ""
        switch try await attemptLogin(code: code, password: password) {
        case .signedIn(let account):
            // A new session id at every sign-in: a cookie planted before it is worth nothing after.
            if sessions.getId(request: request) != nil { _ = try? await sessions.delete(request: request) }
            let session = ConsoleSession(employeeCode: account.code, csrfToken: CSRFToken.make(), signedInAt: Date())
            let cookie = try await sessions.save(session: session, expiresIn: Self.sessionLifetime)
            try await database.consoleAudit(actor: "console:\(account.code)", action: "console.login", detail: "signed in")
            var response = ConsoleRenderer.redirect(to: "/console/today")
            response.setCookie(cookie)
            response.setCookie(Cookie(name: Self.loginCSRFCookie, value: "", maxAge: 0, path: "/console", secure: secureCookies,
                                      httpOnly: true, sameSite: .strict))
            return response
        case .wrong:
            return loginForm(request, error: .wrongLogin, code: code, status: .unauthorized)
        case .locked:
            return loginForm(request, error: .lockedOut, code: code, status: .forbidden)
        case .noConsole:
            return loginForm(request, error: .noConsole, code: code, status: .forbidden)
        }
    }

    func logOut(_ request: Request) async throws -> Response {
        let user = try await signedIn(request)
        _ = try await checkedForm(request, user)
        let cookie = try await sessions.delete(request: request)
        try await database.consoleAudit(actor: user.actor, action: "console.logout", detail: "signed out")
        var response = ConsoleRenderer.redirect(to: "/console/login")
        response.setCookie(cookie)
        return response
    }

    /// Sets the language cookie and goes to Today (a preference, not a change of data: a plain link).
    func language(_ request: Request) -> Response {
        let language = request.uri.queryParameters["to"].flatMap { Language(rawValue: String($0)) } ?? .es
        var response = ConsoleRenderer.redirect(to: "/console/today")
        response.setCookie(Cookie(name: ConsoleLanguage.cookie, value: language.rawValue, maxAge: 365 * 86400, path: "/console",
                                  secure: secureCookies, httpOnly: true, sameSite: .strict))
        return response
    }
}
