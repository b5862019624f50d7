import Attendance
public import Foundation
import PostgresNIO
public import SyncProtocol

// MARK: - Corrections and consent withdrawals from kiosks

extension ServerDatabase {
    /// Stores corrections made at `kiosk` (append-only, with who and why), idempotent on UUID; each is checked
    /// on its own like a punch: only for the active people of the kiosk's site, and by one of its supervisors.
    public func ingest(corrections: [WireCorrection], from kiosk: KioskIdentity) async throws -> [ItemResult] {
        var results: [ItemResult] = []
        for correction in corrections {
            if let reason = try await refusal(of: correction, kiosk: kiosk) {
                results.append(ItemResult(id: correction.id, outcome: .rejected, reason: reason))
                continue
            }
            let inserted = try await client.query("""
                INSERT INTO corrections (id, employee_code, site_id, local_date, action, kind, instant, voided_punch_id, reason,
                                         made_by, made_at, received_from)
                VALUES (\(correction.id), \(correction.employeeCode), \(kiosk.site), \(correction.localDate)::date, \(correction.action),
                        \(correction.kind), \(correction.instant), \(correction.voidedPunchID), \(correction.reason), \(correction.madeBy),
                        \(correction.madeAt), \(kiosk.id))
                ON CONFLICT (id) DO NOTHING RETURNING id
                """, logger: logger).decode(UUID.self).first { _ in true } != nil
            results.append(ItemResult(id: correction.id, outcome: inserted ? .accepted : .duplicate))
        }
        return results
    }

    private func refusal(of correction: WireCorrection, kiosk: KioskIdentity) async throws -> String? {
        let person = try await client.query(
            "SELECT site_id, active FROM employees WHERE code = \(correction.employeeCode)", logger: logger)
            .decode((String, Bool).self).first { _ in true }
        if let reason = Self.refusal(of: correction.employeeCode, person: person.map { (site: $0.0, active: $0.1) }, kiosk: kiosk) {
            return reason
        }
        let author = try await client.query(
            "SELECT site_id, role FROM employees WHERE code = \(correction.madeBy) AND active", logger: logger)
            .decode((String, String).self).first { _ in true }
        guard let author, author.0 == kiosk.site, ["SUPERVISOR", "ADMINISTRADOR"].contains(author.1) else {
            return "'\(correction.madeBy)' is not an active supervisor of site '\(kiosk.site)'; only they correct attendance"
        }
        switch correction.action {
        case "add":
            guard correction.kind != nil, correction.instant != nil else { return "an added punch needs kind and instant" }
        case "void":
            guard let punch = correction.voidedPunchID else { return "a void needs the voided punch's id" }
            let owner = try await client.query("SELECT employee_code FROM punches WHERE id = \(punch)", logger: logger)
                .decode(String.self).first { _ in true }
            guard owner == correction.employeeCode else {
                return "punch \(punch) is not one of \(correction.employeeCode)'s on the server (yet); it is retried later"
            }
        default:
            return "action '\(correction.action)' is not add or void"
        }
        return nil
    }

    /// Corrections of `codes` by day, in `from`…`to`, oldest first; at a site that asks for approval, only the
    /// approved ones.
    func corrections(from: LocalDate, to: LocalDate, codes: [String]) async throws -> [LocalDate: [Correction]] {
        var byDate: [LocalDate: [Correction]] = [:]
        for try await (id, code, date, action, kind, instant, voided, reason, madeBy, madeAt) in try await client.query("""
            SELECT id, employee_code, to_char(local_date, 'YYYY-MM-DD'), action, kind, instant, voided_punch_id, reason, made_by, made_at
            FROM corrections c WHERE local_date BETWEEN \(from.description)::date AND \(to.description)::date AND employee_code = ANY(\(codes))
                AND (approved_at IS NOT NULL
                     OR NOT EXISTS (SELECT 1 FROM sites s WHERE s.id = c.site_id AND s.corrections_need_approval))
            ORDER BY made_at, id
            """, logger: logger).decode((UUID, String, String, String, String?, Date?, UUID?, String, String, Date).self) {
            guard let day = LocalDate(date) else { continue }
            let value: Correction.Action
            if action == "add", let kind = kind.flatMap(PunchKind.init(rawValue:)), let instant {
                value = .add(kind: kind, instant: instant)
            } else if action == "void", let voided {
                value = .void(punchID: voided)
            } else {
                continue
            }
            byDate[day, default: []].append(Correction(id: id, employee: EmployeeCode(code), action: value, reason: reason,
                                                       supervisor: EmployeeCode(madeBy), madeAt: madeAt))
        }
        return byDate
    }

    /// Applies consent withdrawals recorded at `kiosk`: each deletes the person's templates on the server and,
    /// through the roster, on every kiosk of the site; idempotent on UUID.
    public func ingest(consentWithdrawals withdrawals: [WireConsentWithdrawal], from kiosk: KioskIdentity) async throws -> [ItemResult] {
        var results: [ItemResult] = []
        for withdrawal in withdrawals {
            let person = try await client.query(
                "SELECT site_id, active FROM employees WHERE code = \(withdrawal.employeeCode)", logger: logger)
                .decode((String, Bool).self).first { _ in true }
            // Withdrawing consent is always allowed, active or not: only the site is checked.
            if let person, person.0 != kiosk.site {
                results.append(ItemResult(id: withdrawal.id, outcome: .rejected, reason:
                    "employee '\(withdrawal.employeeCode)' belongs to another site; a kiosk of site '\(kiosk.site)' writes only for its own site's people"))
                continue
            } else if person == nil {
                results.append(ItemResult(id: withdrawal.id, outcome: .rejected,
                                          reason: "unknown employee code '\(withdrawal.employeeCode)'; add the employee on the server first"))
                continue
            }
            let recorded = try await transaction { connection in
                let inserted = try await connection.query("""
                    INSERT INTO consent_withdrawals (id, employee_code, recorded_by, withdrawn_at, received_from)
                    VALUES (\(withdrawal.id), \(withdrawal.employeeCode), \(withdrawal.recordedBy), \(withdrawal.withdrawnAt), \(kiosk.id))
                    ON CONFLICT (id) DO NOTHING RETURNING id
                    """, logger: logger).decode(UUID.self).first { _ in true } != nil
                guard inserted else { return false }
                let version = try await Self.nextRosterVersion(connection, logger: logger)
                try await connection.query(
                    "UPDATE employees SET biometric_consent = false, roster_version = \(version), updated_at = now() WHERE code = \(withdrawal.employeeCode)",
                    logger: logger)
                try await Self.deleteTemplates(of: withdrawal.employeeCode, version: version, connection, logger: logger)
                return true
            }
            results.append(ItemResult(id: withdrawal.id, outcome: recorded ? .accepted : .duplicate))
        }
        return results
    }
}
