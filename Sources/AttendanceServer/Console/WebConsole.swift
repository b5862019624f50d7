public import Attendance
import Foundation
public import Hummingbird
import HummingbirdAuth

/// The supervisors' and administrators' web console, served under `/console` by the API's own process and
/// port: server-rendered HTML (swift-mustache), sessions in PostgreSQL (hummingbird-auth's `SessionStorage`),
/// bcrypt passwords with a lockout, a CSRF token on every form, and an audit line for every change.
///
/// A supervisor opens their own site's pages (Today, Reports, Corrections, Review, Person, Leave, Holidays); an
/// administrator every site's, plus Employees, Shifts and Kiosks.
///
/// For example (what ``AttendanceServerApp/makeRouter()`` does):
/// ```swift
/// try WebConsole(database: database, rules: rules, secureCookies: false).register(on: router)
/// ```
public struct WebConsole: Sendable {
    let database: ServerDatabase
    let rules: PunchRules
    let renderer: ConsoleRenderer
    let sessions: SessionStorage<ConsoleSession>
    let passwords: PasswordHasher
    let pins = KioskPINMaker()
    let secureCookies: Bool

    /// How long a sign-in lasts.
    static let sessionLifetime: Duration = .seconds(8 * 3600)
    /// Wrong passwords in a row that lock an account.
    static let lockoutLimit = 5
    /// How long a locked account stays locked (an administrator's new password unlocks it at once).
    static let lockoutSeconds: TimeInterval = 15 * 60
    /// The session cookie's name.
    static let sessionCookie = "console_session"
    /// The login form's CSRF cookie (there is no session yet).
    static let loginCSRFCookie = "console_login_csrf"

    /// Makes the console.
    ///
    /// - Parameters:
    ///   - database: the server's database.
    ///   - rules: the attendance rules the reports use.
    ///   - secureCookies: true off loopback: cookies then travel over HTTPS only.
    ///   - passwordCost: bcrypt's cost (tests lower it; the default 12 takes ~0.25 s).
    /// - Throws: a template's parse error (a build defect).
    public init(database: ServerDatabase, rules: PunchRules, secureCookies: Bool, passwordCost: UInt8 = 12) throws {
        self.database = database
        self.rules = rules
        self.renderer = try ConsoleRenderer()
        self.secureCookies = secureCookies
        self.passwords = PasswordHasher(cost: passwordCost)
        self.sessions = SessionStorage(PostgresSessionDriver(database: database), configuration: .init(
            sessionCookieParameters: .init(name: Self.sessionCookie, path: "/console", secure: secureCookies, sameSite: .strict),
            keyPrefix: "console."))
    }

    /// Adds the console's routes (all under `/console`) to `router`.
    public func register(on router: Router<BasicRequestContext>) {
        router.get("console") { _, _ in ConsoleRenderer.redirect(to: "/console/today") }
        let group = router.group("console").add(middleware: ConsoleErrorMiddleware(console: self))
        group.get("login") { request, _ in try await loginPage(request) }
        group.post("login") { request, _ in try await logIn(request) }
        group.post("logout") { request, _ in try await logOut(request) }
        group.get("language") { request, _ in language(request) }
        group.get("today") { request, _ in try await todayPage(request) }
        group.get("reports") { request, _ in try await reportsPage(request) }
        group.get("reports.csv") { request, _ in try await reportsCSV(request) }
        group.get("corrections") { request, _ in try await correctionsPage(request) }
        group.post("corrections/:id/approve") { request, context in
            try await approveCorrection(request, id: context.parameters.require("id"))
        }
        group.post("sites/:site/approval") { request, context in
            try await setCorrectionApproval(request, site: context.parameters.require("site"))
        }
        group.get("review") { request, _ in try await reviewPage(request) }
        group.post("review/:id") { request, context in try await decideReview(request, id: context.parameters.require("id")) }
        group.get("people/:code") { request, context in try await personPage(request, code: context.parameters.require("code")) }
        group.post("people/:code/corrections") { request, context in
            try await addCorrection(request, code: context.parameters.require("code"))
        }
        group.post("people/:code/week") { request, context in try await saveWeek(request, code: context.parameters.require("code")) }
        group.get("employees") { request, _ in try await employeesPage(request) }
        group.get("employees/new") { request, _ in try await newEmployeePage(request) }
        group.post("employees") { request, _ in try await createEmployee(request) }
        group.get("employees/:code") { request, context in try await editEmployeePage(request, code: context.parameters.require("code")) }
        group.post("employees/:code") { request, context in try await updateEmployee(request, code: context.parameters.require("code")) }
        group.post("employees/:code/deactivate") { request, context in
            try await deactivateEmployee(request, code: context.parameters.require("code"))
        }
        group.post("employees/:code/pin") { request, context in try await resetPIN(request, code: context.parameters.require("code")) }
        group.post("employees/:code/biometrics/delete") { request, context in
            try await deleteBiometrics(request, code: context.parameters.require("code"))
        }
        group.post("employees/:code/password") { request, context in
            try await setPassword(request, code: context.parameters.require("code"))
        }
        group.get("holidays") { request, _ in try await holidaysPage(request) }
        group.post("holidays") { request, _ in try await addHoliday(request) }
        group.post("holidays/delete") { request, _ in try await deleteHoliday(request) }
        group.get("leave") { request, _ in try await leaveListPage(request) }
        group.post("leave") { request, _ in try await grantLeave(request) }
        group.post("leave/:id/cancel") { request, context in try await cancelLeave(request, id: context.parameters.require("id")) }
        group.get("people/:code/leave") { request, context in try await personLeavePage(request, code: context.parameters.require("code")) }
        group.get("shifts") { request, _ in try await shiftsPage(request) }
        group.post("shifts") { request, _ in try await saveShift(request) }
        group.post("shifts/delete") { request, _ in try await deleteShift(request) }
        group.get("kiosks") { request, _ in try await kiosksPage(request) }
        group.post("kiosks/codes") { request, _ in try await makeRegistrationCode(request) }
        group.post("kiosks/:id/revoke") { request, context in try await revokeKiosk(request, id: context.parameters.require("id")) }
    }

    /// A console URL with `code` as one path segment.
    static func url(_ prefix: String, _ code: String) -> String {
        prefix + (code.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))) ?? code)
    }
}
