public import Foundation
import PostgresNIO
public import SyncProtocol

// MARK: - Enrolments

extension ServerDatabase {
    /// Bytes of a 128-D `Float32` descriptor.
    static let descriptorBytes = 128 * 4

    /// Stores templates enrolled at `kiosk`, idempotent on each template's UUID. New templates get a new
    /// roster version, so the site's other kiosks receive them; the employee's consent is marked given.
    public func ingest(enrolments: [WireEnrolment], from kiosk: KioskIdentity) async throws -> [ItemResult] {
        try await transaction { connection in
            var results: [ItemResult] = []
            var version: Int64?
            for enrolment in enrolments {
                if enrolment.descriptor.count != Self.descriptorBytes {
                    results.append(ItemResult(id: enrolment.id, outcome: .rejected,
                                              reason: "descriptor has \(enrolment.descriptor.count) bytes; expected \(Self.descriptorBytes) (128 Float32)"))
                    continue
                }
                if enrolment.consent.recordedBy.isEmpty {
                    results.append(ItemResult(id: enrolment.id, outcome: .rejected,
                                              reason: "the consent record names nobody; a supervisor must record consent"))
                    continue
                }
                let exists = try await connection.query(
                    "SELECT 1 FROM employees WHERE code = \(enrolment.employeeCode)", logger: logger)
                    .decode(Int.self).first { _ in true } != nil
                guard exists else {
                    results.append(ItemResult(id: enrolment.id, outcome: .rejected,
                                              reason: "unknown employee code '\(enrolment.employeeCode)'; add the employee on the server first"))
                    continue
                }
                let current: Int64
                if let version { current = version } else {
                    current = try await Self.nextRosterVersion(connection, logger: logger)
                    version = current
                }
                let inserted = try await connection.query("""
                    INSERT INTO face_templates (id, employee_code, descriptor, consent_id, consent_given_at,
                        consent_recorded_by, consent_text_version, enrolled_at, enrolled_by_kiosk, roster_version)
                    VALUES (\(enrolment.id), \(enrolment.employeeCode), \(enrolment.descriptor), \(enrolment.consent.id),
                        \(enrolment.consent.givenAt), \(enrolment.consent.recordedBy), \(enrolment.consent.textVersion),
                        \(enrolment.enrolledAt), \(kiosk.id), \(current))
                    ON CONFLICT (id) DO NOTHING RETURNING id
                    """, logger: logger).decode(UUID.self).first { _ in true } != nil
                if inserted {
                    try await connection.query("""
                        UPDATE employees SET biometric_consent = true, roster_version = \(current), updated_at = now()
                        WHERE code = \(enrolment.employeeCode) AND NOT biometric_consent
                        """, logger: logger)
                }
                results.append(ItemResult(id: enrolment.id, outcome: inserted ? .accepted : .duplicate))
            }
            return results
        }
    }
}
