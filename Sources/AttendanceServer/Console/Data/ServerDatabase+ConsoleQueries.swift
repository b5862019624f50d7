import Attendance
import Foundation
import PostgresNIO

// MARK: - What the console reads

extension ServerDatabase {
    /// Each person's newest punch at `site` on `date`, by employee code, with the door's name.
    func lastPunches(site: String, on date: LocalDate) async throws -> [String: ConsolePunch] {
        var byCode: [String: ConsolePunch] = [:]
        for try await (code, instant, kind, method, door, distance) in try await client.query("""
            SELECT DISTINCT ON (p.employee_code) p.employee_code, p.instant, p.kind, p.method, COALESCE(k.name, p.kiosk_id),
                   p.match_distance
            FROM punches p LEFT JOIN kiosks k ON k.id = p.received_from
            WHERE p.site_id = \(site) AND p.local_date = \(date.description)::date
            ORDER BY p.employee_code, p.instant DESC
            """, logger: logger).decode((String, Date, String, String, String, Double?).self) {
            byCode[code] = ConsolePunch(employeeCode: code, instant: instant, localDate: date.description, kind: kind, method: method,
                                        door: door, matchDistance: distance)
        }
        return byCode
    }

    /// One person's punches in `from`…`to`, oldest first, with the door's name.
    func punches(of code: String, from: LocalDate, to: LocalDate) async throws -> [ConsolePunch] {
        var list: [ConsolePunch] = []
        for try await (instant, date, kind, method, door, distance) in try await client.query("""
            SELECT p.instant, to_char(p.local_date, 'YYYY-MM-DD'), p.kind, p.method, COALESCE(k.name, p.kiosk_id), p.match_distance
            FROM punches p LEFT JOIN kiosks k ON k.id = p.received_from
            WHERE p.employee_code = \(code) AND p.local_date BETWEEN \(from.description)::date AND \(to.description)::date
            ORDER BY p.instant
            """, logger: logger).decode((Date, String, String, String, String, Double?).self) {
            list.append(ConsolePunch(employeeCode: code, instant: instant, localDate: date, kind: kind, method: method, door: door,
                                     matchDistance: distance))
        }
        return list
    }

    /// Corrections, newest first: of one person (`code`) or of `sites` (nil: every site), at most `limit`.
    func consoleCorrections(code: String? = nil, sites: [String]? = nil, limit: Int = 200) async throws -> [ConsoleCorrection] {
        var list: [ConsoleCorrection] = []
        let allSites = sites == nil
        let siteList = sites ?? []
        let rows = try await client.query("""
            SELECT c.id, c.employee_code, c.site_id, to_char(c.local_date, 'YYYY-MM-DD'), c.action, c.kind, c.instant, c.reason,
                   c.made_by, c.made_at, c.received_from, s.corrections_need_approval, c.approved_by, c.approved_at
            FROM corrections c JOIN sites s ON s.id = c.site_id
            WHERE (\(code)::text IS NULL OR c.employee_code = \(code)) AND (\(allSites) OR c.site_id = ANY(\(siteList)))
            ORDER BY c.made_at DESC, c.id LIMIT \(limit)
            """, logger: logger)
        for try await row in rows {
            let (id, employee, site, date, action, kind, instant, reason, madeBy, madeAt, kiosk, needs, approvedBy, approvedAt) =
                try row.decode((UUID, String, String, String, String, String?, Date?, String, String, Date, String?, Bool, String?, Date?).self)
            list.append(ConsoleCorrection(id: id, employeeCode: employee, site: site, localDate: date, action: action, kind: kind,
                                          instant: instant, reason: reason, madeBy: madeBy, madeAt: madeAt, kiosk: kiosk,
                                          siteNeedsApproval: needs, approvedBy: approvedBy, approvedAt: approvedAt))
        }
        return list
    }

    /// Approves a correction as `approver`, who must not be its author and must be allowed at its site (audited).
    ///
    /// - Throws: ``ConsoleError`` 404 for an unknown correction, 403 for its author or another site's supervisor,
    ///   409 when it was approved already.
    func approveCorrection(_ id: UUID, by approver: ConsoleAccount, actor: String) async throws {
        try await transaction { connection in
            let row = try await connection.query(
                "SELECT site_id, made_by, approved_by FROM corrections WHERE id = \(id) FOR UPDATE", logger: logger)
                .decode((String, String, String?).self).first { _ in true }
            guard let (site, author, approved) = row else { throw ConsoleError.notFound }
            guard approver.mayOpen(site: site) else { throw ConsoleError.forbiddenSite }
            guard author != approver.code else { throw ConsoleError(.forbidden, .approvalByAuthor) }
            guard approved == nil else { throw ConsoleError(.conflict, .alreadyApproved, detail: approved) }
            try await connection.query(
                "UPDATE corrections SET approved_by = \(approver.code), approved_at = now() WHERE id = \(id)", logger: logger)
            try await Self.audit(actor: actor, action: "correction.approve", detail: "\(id) by \(author) at \(site)", connection, logger: logger)
        }
    }

    /// Sites with their approval setting.
    func sitesWithApproval() async throws -> [(id: String, name: String, needsApproval: Bool)] {
        var list: [(id: String, name: String, needsApproval: Bool)] = []
        for try await (id, name, needs) in try await client.query(
            "SELECT id, name, corrections_need_approval FROM sites ORDER BY id", logger: logger).decode((String, String, Bool).self) {
            list.append((id, name, needs))
        }
        return list
    }

    /// Sets whether `site`'s corrections need another supervisor's approval (audited).
    func setCorrectionApproval(site: String, required: Bool, actor: String) async throws {
        try await transaction { connection in
            let updated = try await connection.query(
                "UPDATE sites SET corrections_need_approval = \(required) WHERE id = \(site) RETURNING id", logger: logger)
                .decode(String.self).first { _ in true }
            guard updated != nil else { throw ConsoleError.notFound }
            try await Self.audit(actor: actor, action: "site.approval", detail: "\(site): corrections need approval \(required)",
                                 connection, logger: logger)
        }
    }

    /// One employee, nil when the code is unknown.
    func employee(code: String) async throws -> AdminEmployee? {
        let row = try await client.query(
            "SELECT code, name, role, site_id, active, pin_hash, biometric_consent, badge FROM employees WHERE code = \(code)", logger: logger)
            .decode((String, String, String, String, Bool, String?, Bool, String?).self).first { _ in true }
        guard let (code, name, role, site, active, pin, consent, badge) = row else { return nil }
        return AdminEmployee(code: code, name: name, role: role, site: site, active: active, pinHash: pin, biometricConsent: consent,
                             badge: badge)
    }

    /// The codes that have a console password.
    func consoleAccountCodes() async throws -> Set<String> {
        var codes: Set<String> = []
        for try await code in try await client.query("SELECT employee_code FROM console_accounts", logger: logger).decode(String.self) {
            codes.insert(code)
        }
        return codes
    }

    /// Adds a punch by correction, made in the console by `author` (append-only; audited).
    func addConsoleCorrection(code: String, site: String, date: LocalDate, kind: PunchKind, instant: Date, reason: String,
                              author: String, actor: String) async throws {
        try await transaction { connection in
            try await connection.query("""
                INSERT INTO corrections (id, employee_code, site_id, local_date, action, kind, instant, reason, made_by, made_at)
                VALUES (\(UUID()), \(code), \(site), \(date.description)::date, 'add', \(kind.rawValue), \(instant), \(reason), \(author), now())
                """, logger: logger)
            try await Self.audit(actor: actor, action: "correction.add",
                                 detail: "\(code) \(date) \(kind.rawValue) at \(instant.formatted(.iso8601)): \(reason)", connection, logger: logger)
        }
    }
}
