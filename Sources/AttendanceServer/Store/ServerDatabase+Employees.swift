public import Attendance
public import Foundation
import PostgresNIO
public import SyncProtocol

// MARK: - Employees

extension ServerDatabase {
    /// Every employee, optionally of one site.
    public func employees(site: String? = nil) async throws -> [AdminEmployee] {
        var list: [AdminEmployee] = []
        let query: PostgresQuery
        if let site {
            query = "SELECT code, name, role, site_id, active, pin_hash, biometric_consent, badge FROM employees WHERE site_id = \(site) ORDER BY code"
        } else {
            query = "SELECT code, name, role, site_id, active, pin_hash, biometric_consent, badge FROM employees ORDER BY code"
        }
        for try await (code, name, role, site, active, pin, consent, badge) in try await client.query(query, logger: logger)
            .decode((String, String, String, String, Bool, String?, Bool, String?).self) {
            list.append(AdminEmployee(code: code, name: name, role: role, site: site, active: active, pinHash: pin,
                                      biometricConsent: consent, badge: badge))
        }
        return list
    }

    /// Creates or updates an employee. Moving them to another site sends the old site's kiosks a deletion
    /// and the new site's kiosks the employee, schedules and templates. Saving them inactive deletes their
    /// face templates on the server and, through the roster, on every kiosk.
    ///
    /// The badge is stored as sent (nil takes it away), like the PIN hash.
    ///
    /// - Throws: 400 for an unknown role, empty code/name or a malformed badge, 404 for an unknown site, 409
    ///   naming the employee who already carries the badge.
    public func save(employee: AdminEmployee) async throws {
        let code = EmployeeCode(employee.code).rawValue
        guard !code.isEmpty, code.count <= 64, !code.contains("/") else {
            throw APIError.badRequest("employee code '\(employee.code)' must be 1...64 characters without '/'")
        }
        guard !employee.name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw APIError.badRequest("employee '\(code)' has an empty name")
        }
        guard Role(rawValue: employee.role) != nil else {
            throw APIError.badRequest("role '\(employee.role)' is not one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let badge = employee.badge, !Self.isValidBadge(badge) {
            throw APIError.badRequest("employee '\(code)': a badge is 4 to 32 letters and digits, as the reader types them (\(badge.count) characters sent)")
        }
        try await transaction { connection in
            let siteExists = try await connection.query("SELECT 1 FROM sites WHERE id = \(employee.site)", logger: logger)
                .decode(Int.self).first { _ in true } != nil
            guard siteExists else { throw APIError.notFound("site '\(employee.site)' does not exist; create it first") }
            let version = try await Self.nextRosterVersion(connection, logger: logger)
            let oldSite = try await connection.query("SELECT site_id FROM employees WHERE code = \(code) FOR UPDATE", logger: logger)
                .decode(String.self).first { _ in true }
            // Race-free: employee saves are serialised by the roster version's row lock taken above, and this
            // read sees every save committed before it.
            if let badge = employee.badge { try await Self.refuseTakenBadge(badge, for: code, connection, logger: logger) }
            try await connection.query("""
                INSERT INTO employees (code, name, role, site_id, active, pin_hash, badge, roster_version)
                VALUES (\(code), \(employee.name), \(employee.role), \(employee.site), \(employee.active), \(employee.pinHash),
                        \(employee.badge), \(version))
                ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, role = EXCLUDED.role, site_id = EXCLUDED.site_id,
                    active = EXCLUDED.active, pin_hash = EXCLUDED.pin_hash, badge = EXCLUDED.badge,
                    roster_version = EXCLUDED.roster_version, updated_at = now()
                """, logger: logger)
            if let oldSite, oldSite != employee.site {
                try await connection.query("""
                    INSERT INTO roster_deletions (version, site_id, kind, key) VALUES (\(version), \(oldSite), 'employee', \(code))
                    """, logger: logger)
                try await connection.query(
                    "UPDATE face_templates SET roster_version = \(version) WHERE employee_code = \(code)", logger: logger)
                try await connection.query(
                    "UPDATE schedules SET roster_version = \(version) WHERE employee_code = \(code)", logger: logger)
            }
            if !employee.active {
                // Someone who left or is suspended keeps no face anywhere (their punches stay).
                let templates = try await connection.query(
                    "SELECT COUNT(*)::int8 FROM face_templates WHERE employee_code = \(code)", logger: logger)
                    .decode(Int64.self).first { _ in true } ?? 0
                if templates > 0 { try await Self.deleteTemplates(of: code, version: version, connection, logger: logger) }
            }
        }
    }

    /// Marks an employee as gone: inactive (their punches are kept: records last four years) and their
    /// face templates deleted everywhere.
    ///
    /// - Throws: 404 for an unknown code.
    public func deactivate(employee code: String) async throws {
        try await transaction { connection in
            let version = try await Self.nextRosterVersion(connection, logger: logger)
            let updated = try await connection.query("""
                UPDATE employees SET active = false, roster_version = \(version), updated_at = now() WHERE code = \(code) RETURNING code
                """, logger: logger).decode(String.self).first { _ in true }
            guard updated != nil else { throw APIError.notFound("employee '\(code)' does not exist") }
            try await Self.deleteTemplates(of: code, version: version, connection, logger: logger)
        }
    }
}
