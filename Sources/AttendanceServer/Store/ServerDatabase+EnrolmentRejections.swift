public import Foundation
import Logging
import PostgresNIO
import SyncProtocol

// MARK: - Refused enrolments and the administrator's override

extension ServerDatabase {
    /// Every refused enrolment template, newest first.
    public func enrolmentRejections() async throws -> [EnrolmentRejection] {
        var list: [EnrolmentRejection] = []
        for try await (id, consent, code, matched, distance, kiosk, reason, at, by, why, when) in try await client.query("""
            SELECT id, consent_id, employee_code, matched_code, distance, enrolled_by_kiosk, reason, rejected_at,
                overridden_by, override_reason, overridden_at
            FROM enrolment_rejections ORDER BY rejected_at DESC, id
            """, logger: logger).decode((UUID, UUID, String, String, Float, String?, String, Date, String?, String?, Date?).self) {
            list.append(EnrolmentRejection(id: id, consentID: consent, employeeCode: code, matchedCode: matched, distance: distance,
                                           kiosk: kiosk, reason: reason, rejectedAt: at, overriddenBy: by, overrideReason: why,
                                           overriddenAt: when))
        }
        return list
    }

    /// An administrator accepts a refused enrolment anyway (e.g. identical twins), with a reason: every
    /// template refused with it (same consent record) becomes the employee's, under a new roster version, so
    /// the site's kiosks receive them again. Audited as `enrolment.override`.
    ///
    /// - Parameters:
    ///   - id: Any refused template of the enrolment.
    ///   - administrator: Who decides (recorded).
    ///   - reason: Why the two faces are two people (required).
    /// - Returns: How many templates were accepted.
    /// - Throws: 400 without an administrator or a reason, 404 when no such refusal is open.
    @discardableResult
    public func acceptRejectedEnrolment(_ id: UUID, by administrator: String, reason: String) async throws -> Int {
        let administrator = administrator.trimmingCharacters(in: .whitespacesAndNewlines)
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !administrator.isEmpty else { throw APIError.badRequest("an override must name the administrator who decides it") }
        guard !reason.isEmpty else { throw APIError.badRequest("an override needs a reason (why these are two different people)") }
        return try await transaction { connection in
            let consentID = try await connection.query(
                "SELECT consent_id FROM enrolment_rejections WHERE id = \(id) AND overridden_at IS NULL FOR UPDATE", logger: logger)
                .decode(UUID.self).first { _ in true }
            guard let consentID else { throw APIError.notFound("no open refused enrolment with template id \(id)") }
            var refused: [(WireEnrolment, String?, String, Float)] = []
            for try await (template, code, descriptor, given, recorder, text, enrolled, kiosk, matched, distance) in try await connection.query("""
                SELECT id, employee_code, descriptor, consent_given_at, consent_recorded_by, consent_text_version, enrolled_at,
                    enrolled_by_kiosk, matched_code, distance
                FROM enrolment_rejections WHERE consent_id = \(consentID) AND overridden_at IS NULL ORDER BY id
                """, logger: logger).decode((UUID, String, Data, Date, String, String, Date, String?, String, Float).self) {
                let consent = WireConsent(id: consentID, givenAt: given, recordedBy: recorder, textVersion: text)
                refused.append((WireEnrolment(id: template, employeeCode: code, descriptor: descriptor, enrolledAt: enrolled, consent: consent),
                                kiosk, matched, distance))
            }
            let version = try await Self.nextRosterVersion(connection, logger: logger)
            var accepted = 0
            for (enrolment, kiosk, _, _) in refused {
                if try await Self.insertTemplate(enrolment, kiosk: kiosk, version: version, connection, logger: logger) { accepted += 1 }
            }
            try await connection.query("""
                UPDATE enrolment_rejections SET overridden_by = \(administrator), override_reason = \(reason), overridden_at = now()
                WHERE consent_id = \(consentID) AND overridden_at IS NULL
                """, logger: logger)
            if let first = refused.first {
                try await Self.audit(actor: administrator, action: "enrolment.override",
                                     detail: "\(first.0.employeeCode): \(accepted) refused templates accepted although they match \(first.2) "
                                         + "(distance \(String(format: "%.3f", first.3))); reason: \(reason)",
                                     connection, logger: logger)
            }
            return accepted
        }
    }
}
