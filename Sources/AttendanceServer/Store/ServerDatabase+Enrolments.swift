public import Foundation
import Logging
import PostgresNIO
public import SyncProtocol

// MARK: - Enrolments

extension ServerDatabase {
    /// Bytes of a 128-D `Float32` descriptor.
    static let descriptorBytes = 128 * 4

    /// Two faces this close (euclidean distance of the descriptors) are one person: the kiosk's default
    /// recognition threshold, at which the kiosk would punch one as the other.
    public static let faceConflictThreshold: Float = 0.55

    /// Stores templates enrolled at `kiosk`, idempotent on each template's UUID. New templates get a new
    /// roster version, so the site's other kiosks receive them; the employee's consent is marked given.
    ///
    /// An enrolment (the templates sharing one consent record) whose face is within
    /// ``faceConflictThreshold`` of another employee's template at the employee's site is refused whole, with
    /// a ``FaceConflictReason`` naming that employee and the distance: two kiosks that enrolled one face under
    /// two codes while offline leave it with whoever reached the server first. The refused templates are
    /// kept for ``acceptRejectedEnrolment(_:by:reason:)``; sending them again gives the same answer. Every
    /// outcome goes to the audit log.
    public func ingest(enrolments: [WireEnrolment], from kiosk: KioskIdentity) async throws -> [ItemResult] {
        try await transaction { connection in
            var results: [UUID: ItemResult] = [:]
            var groups: [UUID: [(enrolment: WireEnrolment, site: String)]] = [:]
            var groupOrder: [UUID] = []
            for enrolment in enrolments where results[enrolment.id] == nil {
                if let refusal = try await Self.check(enrolment, connection, logger: logger) {
                    results[enrolment.id] = refusal
                    continue
                }
                let person = try await connection.query(
                    "SELECT site_id, active FROM employees WHERE code = \(enrolment.employeeCode)", logger: logger)
                    .decode((String, Bool).self).first { _ in true }
                if let reason = Self.refusal(of: enrolment.employeeCode, person: person.map { (site: $0.0, active: $0.1) }, kiosk: kiosk) {
                    results[enrolment.id] = ItemResult(id: enrolment.id, outcome: .rejected, reason: reason)
                    continue
                }
                let site = kiosk.site
                // A face enrolled before the person's biometrics were last deleted (consent withdrawn, left) must
                // not come back with a kiosk that was offline meanwhile.
                let deletedAt = try await connection.query(
                    "SELECT max(requested_at) FROM biometric_deletions WHERE employee_code = \(enrolment.employeeCode)", logger: logger)
                    .decode(Date?.self).first { _ in true } ?? nil
                if let deletedAt, enrolment.enrolledAt <= deletedAt {
                    results[enrolment.id] = ItemResult(id: enrolment.id, outcome: .rejected, reason: BiometricsDeletedReason.make(
                        employeeCode: enrolment.employeeCode, enrolledAt: enrolment.enrolledAt, deletedAt: deletedAt))
                    continue
                }
                if groups[enrolment.consent.id] == nil { groupOrder.append(enrolment.consent.id) }
                groups[enrolment.consent.id, default: []].append((enrolment, site))
            }
            var version: Int64?
            var lockedSites: Set<String> = []
            for consentID in groupOrder {
                let group = groups[consentID] ?? []
                guard let first = group.first else { continue }
                let code = first.enrolment.employeeCode
                if !lockedSites.contains(first.site) {
                    // One enrolment check at a time per site: two kiosks syncing at once cannot both pass.
                    try await connection.query("SELECT 1 FROM sites WHERE id = \(first.site) FOR UPDATE", logger: logger)
                    lockedSites.insert(first.site)
                }
                let others = try await Self.siteTemplates(site: first.site, except: code, connection, logger: logger)
                let nearest = group.compactMap { item in Self.nearest(to: item.enrolment.descriptor, among: others) }
                    .min { $0.distance < $1.distance }
                if let nearest, nearest.distance <= Self.faceConflictThreshold {
                    let reason = FaceConflictReason.make(employeeCode: code, matchedCode: nearest.employeeCode,
                                                         distance: nearest.distance, threshold: Self.faceConflictThreshold)
                    for item in group {
                        try await Self.quarantine(item.enrolment, site: item.site, kiosk: kiosk, matched: nearest, reason: reason,
                                                  connection, logger: logger)
                        results[item.enrolment.id] = ItemResult(id: item.enrolment.id, outcome: .rejected, reason: reason)
                    }
                    try await Self.audit(actor: "kiosk \(kiosk.id)", action: "enrolment.reject",
                                         detail: "\(code): \(group.count) templates (consent recorded by \(first.enrolment.consent.recordedBy)): \(reason)",
                                         connection, logger: logger)
                    continue
                }
                let current: Int64
                if let version { current = version } else {
                    current = try await Self.nextRosterVersion(connection, logger: logger)
                    version = current
                }
                var stored = 0
                for item in group {
                    let inserted = try await Self.insertTemplate(item.enrolment, kiosk: kiosk.id, version: current, connection, logger: logger)
                    results[item.enrolment.id] = ItemResult(id: item.enrolment.id, outcome: inserted ? .accepted : .duplicate)
                    if inserted { stored += 1 }
                }
                if stored > 0 {
                    let nearestText = nearest.map { ", nearest other employee \($0.employeeCode) at \(String(format: "%.3f", $0.distance))" } ?? ""
                    try await Self.audit(actor: "kiosk \(kiosk.id)", action: "enrolment.accept",
                                         detail: "\(code): \(stored) templates (consent recorded by \(first.enrolment.consent.recordedBy))\(nearestText)",
                                         connection, logger: logger)
                }
            }
            return enrolments.compactMap { results[$0.id] }
        }
    }

    /// The answer for an enrolment that needs no face check: malformed, already stored (duplicate), or already
    /// refused (the same refusal); nil when it must be checked.
    static func check(_ enrolment: WireEnrolment, _ connection: PostgresConnection, logger: Logger) async throws -> ItemResult? {
        if enrolment.descriptor.count != descriptorBytes {
            return ItemResult(id: enrolment.id, outcome: .rejected,
                              reason: "descriptor has \(enrolment.descriptor.count) bytes; expected \(descriptorBytes) (128 Float32)")
        }
        if descriptor(enrolment.descriptor).contains(where: { !$0.isFinite }) {
            return ItemResult(id: enrolment.id, outcome: .rejected, reason: "descriptor holds a value that is not a finite number")
        }
        if enrolment.consent.recordedBy.isEmpty {
            return ItemResult(id: enrolment.id, outcome: .rejected, reason: "the consent record names nobody; a supervisor must record consent")
        }
        let stored = try await connection.query("SELECT 1 FROM face_templates WHERE id = \(enrolment.id)", logger: logger)
            .decode(Int.self).first { _ in true } != nil
        if stored { return ItemResult(id: enrolment.id, outcome: .duplicate) }
        let refused = try await connection.query(
            "SELECT reason FROM enrolment_rejections WHERE id = \(enrolment.id) AND overridden_at IS NULL", logger: logger)
            .decode(String.self).first { _ in true }
        if let refused { return ItemResult(id: enrolment.id, outcome: .rejected, reason: refused) }
        return nil
    }

    /// Inserts one template; false when its UUID was already stored.
    static func insertTemplate(_ enrolment: WireEnrolment, kiosk: String?, version: Int64, _ connection: PostgresConnection,
                               logger: Logger) async throws -> Bool {
        let inserted = try await connection.query("""
            INSERT INTO face_templates (id, employee_code, descriptor, consent_id, consent_given_at,
                consent_recorded_by, consent_text_version, enrolled_at, enrolled_by_kiosk, roster_version)
            VALUES (\(enrolment.id), \(enrolment.employeeCode), \(enrolment.descriptor), \(enrolment.consent.id),
                \(enrolment.consent.givenAt), \(enrolment.consent.recordedBy), \(enrolment.consent.textVersion),
                \(enrolment.enrolledAt), \(kiosk), \(version))
            ON CONFLICT (id) DO NOTHING RETURNING id
            """, logger: logger).decode(UUID.self).first { _ in true } != nil
        if inserted {
            try await connection.query("""
                UPDATE employees SET biometric_consent = true, roster_version = \(version), updated_at = now()
                WHERE code = \(enrolment.employeeCode) AND NOT biometric_consent
                """, logger: logger)
        }
        return inserted
    }

    /// Keeps a refused template (with its descriptor, for an override) and why it was refused.
    static func quarantine(_ enrolment: WireEnrolment, site: String, kiosk: KioskIdentity, matched: FaceMatch, reason: String,
                           _ connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("""
            INSERT INTO enrolment_rejections (id, employee_code, site_id, descriptor, consent_id, consent_given_at,
                consent_recorded_by, consent_text_version, enrolled_at, enrolled_by_kiosk, matched_code, distance, reason)
            VALUES (\(enrolment.id), \(enrolment.employeeCode), \(site), \(enrolment.descriptor), \(enrolment.consent.id),
                \(enrolment.consent.givenAt), \(enrolment.consent.recordedBy), \(enrolment.consent.textVersion),
                \(enrolment.enrolledAt), \(kiosk.id), \(matched.employeeCode), \(matched.distance), \(reason))
            ON CONFLICT (id) DO NOTHING
            """, logger: logger)
    }

    /// The nearest template of another employee and its distance.
    struct FaceMatch: Sendable {
        var employeeCode: String
        var distance: Float
    }

    /// Every template of the site's employees but `code`, decoded.
    static func siteTemplates(site: String, except code: String, _ connection: PostgresConnection,
                              logger: Logger) async throws -> [(employeeCode: String, vector: [Float])] {
        var templates: [(employeeCode: String, vector: [Float])] = []
        for try await (employee, bytes) in try await connection.query("""
            SELECT t.employee_code, t.descriptor FROM face_templates t JOIN employees e ON e.code = t.employee_code
            WHERE e.site_id = \(site) AND t.employee_code <> \(code)
            """, logger: logger).decode((String, Data).self) where bytes.count == descriptorBytes {
            templates.append((employee, descriptor(bytes)))
        }
        return templates
    }

    /// The nearest of `templates` to `bytes` (a descriptor), or nil when there is none.
    static func nearest(to bytes: Data, among templates: [(employeeCode: String, vector: [Float])]) -> FaceMatch? {
        let query = descriptor(bytes)
        var best: FaceMatch?
        for template in templates {
            var sum: Float = 0
            for i in 0..<min(query.count, template.vector.count) {
                let d = query[i] - template.vector[i]
                sum += d * d
            }
            let distance = sum.squareRoot()
            if distance < best?.distance ?? .infinity { best = FaceMatch(employeeCode: template.employeeCode, distance: distance) }
        }
        return best
    }

    /// 128 little-endian `Float32` values.
    static func descriptor(_ bytes: Data) -> [Float] {
        bytes.withUnsafeBytes { raw in
            (0..<(raw.count / 4)).map { Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))) }
        }
    }
}
