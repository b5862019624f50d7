public import Foundation
import Logging
import PostgresNIO

// MARK: - Templates and biometric deletions

extension ServerDatabase {
    /// An employee's templates (metadata only).
    public func templates(of code: String) async throws -> [TemplateSummary] {
        var list: [TemplateSummary] = []
        for try await (id, enrolled, kiosk, given, by, text) in try await client.query("""
            SELECT id, enrolled_at, enrolled_by_kiosk, consent_given_at, consent_recorded_by, consent_text_version
            FROM face_templates WHERE employee_code = \(code) ORDER BY enrolled_at, id
            """, logger: logger).decode((UUID, Date, String?, Date, String, String).self) {
            list.append(TemplateSummary(id: id, enrolledAt: enrolled, enrolledByKiosk: kiosk, consentGivenAt: given,
                                        consentRecordedBy: by, consentTextVersion: text))
        }
        return list
    }

    /// Deletes an employee's biometrics (consent withdrawn): the templates go on the server now and, through
    /// the roster, on every kiosk of the site; ``biometricDeletions()`` shows which kiosks have confirmed.
    ///
    /// - Returns: how many templates were deleted on the server.
    /// - Throws: 404 for an unknown code.
    @discardableResult
    public func deleteBiometrics(of code: String) async throws -> Int {
        try await transaction { connection in
            let exists = try await connection.query("SELECT 1 FROM employees WHERE code = \(code) FOR UPDATE", logger: logger)
                .decode(Int.self).first { _ in true } != nil
            guard exists else { throw APIError.notFound("employee '\(code)' does not exist") }
            let version = try await Self.nextRosterVersion(connection, logger: logger)
            try await connection.query(
                "UPDATE employees SET biometric_consent = false, roster_version = \(version), updated_at = now() WHERE code = \(code)",
                logger: logger)
            return try await Self.deleteTemplates(of: code, version: version, connection, logger: logger)
        }
    }

    /// Deletes the templates, logs a roster deletion per template and a biometric deletion request.
    @discardableResult
    static func deleteTemplates(of code: String, version: Int64, _ connection: PostgresConnection, logger: Logger) async throws -> Int {
        let site = try await connection.query("SELECT site_id FROM employees WHERE code = \(code)", logger: logger)
            .decode(String.self).first { _ in true } ?? ""
        var deleted: [UUID] = []
        for try await id in try await connection.query(
            "DELETE FROM face_templates WHERE employee_code = \(code) RETURNING id", logger: logger).decode(UUID.self) {
            deleted.append(id)
        }
        // Refused enrolments keep a descriptor for the administrator's override: biometrics too.
        try await connection.query("DELETE FROM enrolment_rejections WHERE employee_code = \(code)", logger: logger)
        for id in deleted {
            try await connection.query("""
                INSERT INTO roster_deletions (version, site_id, kind, key) VALUES (\(version), \(site), 'template', \(id.uuidString))
                """, logger: logger)
        }
        try await connection.query("""
            INSERT INTO biometric_deletions (employee_code, site_id, roster_version, templates_deleted)
            VALUES (\(code), \(site), \(version), \(deleted.count))
            """, logger: logger)
        return deleted.count
    }

    /// Every biometric deletion, newest first, with the site's kiosks that have and have not applied it.
    public func biometricDeletions() async throws -> [BiometricDeletionStatus] {
        var kiosksBySite: [String: [(String, Int64)]] = [:]
        for try await (id, site, applied) in try await client.query(
            "SELECT id, site_id, applied_roster_version FROM kiosks ORDER BY id", logger: logger).decode((String, String, Int64).self) {
            kiosksBySite[site, default: []].append((id, applied))
        }
        var list: [BiometricDeletionStatus] = []
        for try await (code, site, requested, version, count) in try await client.query("""
            SELECT employee_code, site_id, requested_at, roster_version, templates_deleted FROM biometric_deletions
            ORDER BY requested_at DESC, id DESC
            """, logger: logger).decode((String, String, Date, Int64, Int).self) {
            let kiosks = kiosksBySite[site] ?? []
            list.append(BiometricDeletionStatus(
                employeeCode: code, site: site, requestedAt: requested, rosterVersion: version, templatesDeleted: count,
                confirmedKiosks: kiosks.filter { $0.1 >= version }.map(\.0),
                pendingKiosks: kiosks.filter { $0.1 < version }.map(\.0)))
        }
        return list
    }
}
