public import Attendance
public import Foundation
import PostgresNIO

// MARK: - The review queue of doubtful punches

extension ServerDatabase {
    /// A punch waiting for a supervisor's review, and why it is doubtful.
    public struct ReviewItem: Sendable {
        /// The punch's id.
        public var punchID: UUID
        /// Whose punch.
        public var employeeCode: String
        /// Their name.
        public var employeeName: String
        /// The site it was recorded at.
        public var site: String
        /// The door that recorded it.
        public var kioskID: String
        /// When.
        public var instant: Date
        /// The day it belongs to, `YYYY-MM-DD`.
        public var localDate: String
        /// `IN` or `OUT`.
        public var kind: String
        /// `face`, `pin` or `manual`.
        public var method: String
        /// The face-match distance, for a face punch.
        public var matchDistance: Double?
        /// The kiosk's `PunchFlags` bits.
        public var flags: Int
        /// Why it is in the queue, in Spanish.
        public var whyEs: [String]
        /// Why, in English.
        public var whyEn: [String]
    }

    /// A review as stored.
    public struct StoredReview: Sendable {
        /// The review's id.
        public var id: UUID
        /// The punch reviewed.
        public var punchID: UUID
        /// `confirm` or `void`.
        public var decision: String
        /// Why, in the reviewer's words.
        public var reason: String
        /// The supervisor or administrator who reviewed it.
        public var reviewedBy: String
        /// When.
        public var reviewedAt: Date
        /// The correction that voids the punch, for a void.
        public var correctionID: UUID?
    }

    /// The face-match distance from which a punch is doubtful when the reader does not say (the API's default
    /// `minDistance`, the console's queue).
    public static let defaultReviewDistance = 0.45

    /// Punches not yet reviewed (nor voided by a correction) that the kiosk flagged doubtful, or face punches
    /// whose match distance is at or above `minDistance`, oldest first (at most 500).
    public func reviewQueue(site: String?, minDistance: Double) async throws -> [ReviewItem] {
        let doubtful = PunchFlags.doubtful.rawValue
        let query: PostgresQuery = """
            SELECT p.id, p.employee_code, e.name, p.site_id, p.kiosk_id, p.instant, to_char(p.local_date, 'YYYY-MM-DD'), p.kind, p.method,
                   p.match_distance, p.flags
            FROM punches p JOIN employees e ON e.code = p.employee_code
            WHERE NOT EXISTS (SELECT 1 FROM punch_reviews r WHERE r.punch_id = p.id)
                AND NOT EXISTS (SELECT 1 FROM corrections c WHERE c.voided_punch_id = p.id)
                AND ((p.flags & \(doubtful)) <> 0 OR (p.method = 'face' AND p.match_distance >= \(minDistance)))
                AND (\(site ?? "") = '' OR p.site_id = \(site ?? ""))
            ORDER BY p.instant, p.id
            LIMIT 500
            """
        var items: [ReviewItem] = []
        for try await (id, code, name, siteID, kiosk, instant, date, kind, method, distance, flags) in try await client.query(query, logger: logger)
            .decode((UUID, String, String, String, String, Date, String, String, String, Double?, Int).self) {
            var es: [String] = []
            var en: [String] = []
            if flags & doubtful != 0 {
                es.append("marcado dudoso en el quiosco (distancia cerca del umbral, segundo candidato muy próximo o prueba de vida débil)")
                en.append("flagged doubtful at the kiosk (distance near the threshold, a runner-up very close, or weak liveness evidence)")
            }
            if method == "face", let distance, distance >= minDistance {
                let shown = String(format: "%.3f", distance)
                let limit = String(format: "%.3f", minDistance)
                es.append("distancia de la cara \(shown) ≥ \(limit)")
                en.append("face distance \(shown) ≥ \(limit)")
            }
            items.append(ReviewItem(punchID: id, employeeCode: code, employeeName: name, site: siteID, kioskID: kiosk, instant: instant,
                                    localDate: date, kind: kind, method: method, matchDistance: distance, flags: flags, whyEs: es, whyEn: en))
        }
        return items
    }

    /// Confirms or voids a punch with a reason: one decision per punch, append-only and audited; a void is
    /// also a correction (the punch itself is never edited). The punch's stored day is recomputed.
    ///
    /// - Throws: 404 for an unknown punch, 409 when it was already reviewed or voided, 422 when `reviewedBy`
    ///   is not an active supervisor or administrator, 400 for a decision other than confirm or void.
    public func review(punch punchID: UUID, decision: String, reason: String, reviewedBy: String, rules: PunchRules,
                       now: Date = Date()) async throws -> StoredReview {
        guard decision == "confirm" || decision == "void" else { throw APIError.badRequest("decision '\(decision)' is not confirm or void") }
        try await requireSupervisor(reviewedBy, field: "reviewedBy")
        let reviewID = UUID()
        let (code, date, correctionID) = try await transaction { connection -> (String, String, UUID?) in
            guard let (code, site, date) = try await connection.query("""
                SELECT employee_code, site_id, to_char(local_date, 'YYYY-MM-DD') FROM punches WHERE id = \(punchID) FOR UPDATE
                """, logger: logger).decode((String, String, String).self).first(where: { _ in true }) else {
                throw APIError.notFound("no punch \(punchID) on the server")
            }
            let reviewed = try await connection.query("SELECT decision FROM punch_reviews WHERE punch_id = \(punchID)", logger: logger)
                .decode(String.self).first { _ in true }
            if let reviewed { throw APIError(.conflict, "punch \(punchID) was already reviewed (\(reviewed)); a review is never changed") }
            let voided = try await connection.query("SELECT 1 FROM corrections WHERE voided_punch_id = \(punchID)", logger: logger)
                .decode(Int.self).first { _ in true } != nil
            if voided { throw APIError(.conflict, "punch \(punchID) was already voided by a correction") }
            var correctionID: UUID?
            if decision == "void" {
                let id = UUID()
                correctionID = id
                try await connection.query("""
                    INSERT INTO corrections (id, employee_code, site_id, local_date, action, voided_punch_id, reason, made_by, made_at)
                    VALUES (\(id), \(code), \(site), \(date)::date, 'void', \(punchID), \("revisión: " + reason), \(reviewedBy), \(now))
                    """, logger: logger)
            }
            try await connection.query("""
                INSERT INTO punch_reviews (id, punch_id, decision, reason, reviewed_by, reviewed_at, correction_id)
                VALUES (\(reviewID), \(punchID), \(decision), \(reason), \(reviewedBy), \(now), \(correctionID))
                """, logger: logger)
            try await Self.audit(actor: reviewedBy, action: "punch.review.\(decision)", detail: "\(punchID) \(code) \(date): \(reason)",
                                 connection, logger: logger)
            return (code, date, correctionID)
        }
        if let day = LocalDate(date) {
            try await recomputeStored([(code, day)], cause: "review: punch \(punchID) \(decision) by \(reviewedBy)", rules: rules, now: now)
        }
        return StoredReview(id: reviewID, punchID: punchID, decision: decision, reason: reason, reviewedBy: reviewedBy, reviewedAt: now,
                            correctionID: correctionID)
    }
}
