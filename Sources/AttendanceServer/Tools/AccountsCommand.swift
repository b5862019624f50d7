import Foundation
public import Logging
#if canImport(Glibc)
import Glibc
#endif

/// `asistencia-server accounts …`: web console passwords from the command line, for the first administrator
/// (before anyone can sign in) and for a locked-out one. The password is read from the terminal without echo,
/// or from the first line of standard input when it is not a terminal; it never appears in arguments or logs.
///
/// ```
/// asistencia-server accounts add-administrator A001 "Marta Ruiz"
/// asistencia-server accounts set-password S014
/// ```
public enum AccountsCommand {
    /// How to call it.
    public static let usage = """
        usage: asistencia-server accounts add-administrator CODE NAME   (creates or promotes CODE at ASISTENCIA_SITE, then asks its password)
               asistencia-server accounts set-password CODE             (a SUPERVISOR's or ADMINISTRADOR's console password; unlocks it)
        """

    /// Runs the command against the configured database (migrated and seeded first) and returns what to print.
    ///
    /// - Throws: `ServerConfigurationError` for bad settings, `APIError` for a bad code, role or password.
    public static func run(_ arguments: [String], configuration: ServerConfiguration, logger: Logger) async throws -> String {
        try await ServerDatabase.withMigrated(url: configuration.database, poolSize: 2, logger: logger) { database in
            try await database.seed(defaultSite: configuration.defaultSite, adminToken: nil)
            return try await perform(arguments, on: database, site: configuration.defaultSite, password: readPassword)
        }
    }

    /// Does the work; `password` supplies the new password (a parameter so tests give their own).
    static func perform(_ arguments: [String], on database: ServerDatabase, site: String,
                        password: () throws -> String) async throws -> String {
        switch (arguments.first, arguments.count) {
        case ("add-administrator", 3):
            let code = arguments[1]
            var employee = try await database.employee(code: code)
                ?? AdminEmployee(code: code, name: arguments[2], role: "ADMINISTRADOR", site: site)
            employee.name = arguments[2]
            employee.role = "ADMINISTRADOR"
            employee.active = true
            try await database.save(employee: employee)
            try await setPassword(code: code, on: database, password: password())
            return "\(code) is an administrator of site '\(employee.site)' and can sign in at /console/login"
        case ("set-password", 2):
            try await setPassword(code: arguments[1], on: database, password: password())
            return "console password set for \(arguments[1]); any lockout is cleared"
        default:
            throw APIError.badRequest(usage)
        }
    }

    private static func setPassword(code: String, on database: ServerDatabase, password: String) async throws {
        if let problem = PasswordHasher.problem(with: password) {
            throw APIError.badRequest(ConsoleText.text(problem, .en))
        }
        try await database.setConsolePasswordHash(code: code, hash: try await PasswordHasher().hash(password), by: "cli:accounts")
    }

    /// The password: from the terminal without echo, else the first line of standard input.
    ///
    /// - Throws: 400 when nothing was given.
    static func readPassword() throws -> String {
        var text: String?
        if isatty(STDIN_FILENO) == 1, let pointer = getpass("New console password (10 characters or more): ") {
            text = String(cString: pointer)
        } else {
            text = readLine(strippingNewline: true)
        }
        guard let text, !text.isEmpty else { throw APIError.badRequest("no password given on the terminal or standard input") }
        return text
    }
}
