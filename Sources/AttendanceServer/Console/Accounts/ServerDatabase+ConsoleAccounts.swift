import Attendance
import Foundation
import PostgresNIO

// MARK: - Console accounts

extension ServerDatabase {
    /// What the login needs of one code: the person, the password hash and the lockout state.
    struct ConsoleLoginRecord: Sendable {
        var account: ConsoleAccount
        var active: Bool
        var passwordHash: String
        var lockedUntil: Date?
    }

    /// The login record of `code`, nil when the person has no console password.
    func consoleLoginRecord(code: String) async throws -> ConsoleLoginRecord? {
        let row = try await client.query("""
            SELECT e.code, e.name, e.role, e.site_id, e.active, a.password_hash, a.locked_until
            FROM console_accounts a JOIN employees e ON e.code = a.employee_code WHERE a.employee_code = \(code)
            """, logger: logger).decode((String, String, String, String, Bool, String, Date?).self).first { _ in true }
        guard let (code, name, role, site, active, hash, locked) = row else { return nil }
        return ConsoleLoginRecord(account: ConsoleAccount(code: code, name: name, role: Role(rawValue: role) ?? .colaborador, site: site),
                                  active: active, passwordHash: hash, lockedUntil: locked)
    }

    /// The signed-in person behind a session: nil when they left, lost their password or their console role.
    func consoleAccount(code: String) async throws -> ConsoleAccount? {
        let row = try await client.query("""
            SELECT e.code, e.name, e.role, e.site_id FROM console_accounts a JOIN employees e ON e.code = a.employee_code
            WHERE a.employee_code = \(code) AND e.active
            """, logger: logger).decode((String, String, String, String).self).first { _ in true }
        guard let (code, name, roleText, site) = row, let role = Role(rawValue: roleText), ConsoleAccount.hasConsole(role) else {
            return nil
        }
        return ConsoleAccount(code: code, name: name, role: role, site: site)
    }

    /// Counts a wrong password; the `limit`-th in a row locks the account until `now + lockFor`.
    ///
    /// - Returns: true when the account is locked now.
    func recordFailedConsoleLogin(code: String, limit: Int, lockFor: TimeInterval, now: Date = Date()) async throws -> Bool {
        let until = now.addingTimeInterval(lockFor)
        let locked = try await client.query("""
            UPDATE console_accounts SET failed_attempts = failed_attempts + 1,
                locked_until = CASE WHEN failed_attempts + 1 >= \(limit) THEN \(until) ELSE locked_until END
            WHERE employee_code = \(code) RETURNING locked_until IS NOT NULL AND locked_until > \(now)
            """, logger: logger).decode(Bool.self).first { _ in true } ?? false
        if locked {
            try await consoleAudit(actor: "console", action: "console.lock",
                                   detail: "\(code): \(limit) wrong passwords in a row; locked until \(until.formatted(.iso8601))")
        }
        return locked
    }

    /// Clears the failure count after a good password.
    func recordConsoleLogin(code: String, now: Date = Date()) async throws {
        try await client.query("""
            UPDATE console_accounts SET failed_attempts = 0, locked_until = NULL, last_login_at = \(now) WHERE employee_code = \(code)
            """, logger: logger)
    }

    /// Sets (or replaces) `code`'s console password hash, clearing any lockout; audited as `by`.
    ///
    /// - Throws: 404 when the employee does not exist, 400 when their role has no console.
    public func setConsolePasswordHash(code: String, hash: String, by actor: String) async throws {
        try await transaction { connection in
            let role = try await connection.query("SELECT role FROM employees WHERE code = \(code)", logger: logger)
                .decode(String.self).first { _ in true }
            guard let role else { throw APIError.notFound("employee '\(code)' does not exist; create the employee first") }
            guard let known = Role(rawValue: role), ConsoleAccount.hasConsole(known) else {
                throw APIError.badRequest("employee '\(code)' is \(role); only SUPERVISOR and ADMINISTRADOR use the web console")
            }
            try await connection.query("""
                INSERT INTO console_accounts (employee_code, password_hash, password_set_by) VALUES (\(code), \(hash), \(actor))
                ON CONFLICT (employee_code) DO UPDATE SET password_hash = EXCLUDED.password_hash, failed_attempts = 0,
                    locked_until = NULL, password_set_by = EXCLUDED.password_set_by, password_set_at = now()
                """, logger: logger)
            try await Self.audit(actor: actor, action: "console.password", detail: "password set for \(code)", connection, logger: logger)
        }
    }

    /// Appends one line to the audit log, outside any transaction.
    func consoleAudit(actor: String, action: String, detail: String) async throws {
        try await client.query("INSERT INTO audit_log (actor, action, detail) VALUES (\(actor), \(action), \(detail))", logger: logger)
    }
}
