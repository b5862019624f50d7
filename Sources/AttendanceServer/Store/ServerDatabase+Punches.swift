public import Attendance
public import Foundation
import PostgresNIO
public import SyncProtocol

// MARK: - Punches

extension ServerDatabase {
    /// Stores a batch of punches from `kiosk`, idempotent on each punch's UUID.
    ///
    /// One statement inserts the valid punches (`ON CONFLICT (id) DO NOTHING`) and moves each employee's
    /// latest punch at the site forward, so a batch is stored whole or not at all: a server killed mid-batch
    /// leaves nothing half-written, and the kiosk's retry is answered accepted or duplicate per UUID.
    ///
    /// - Returns: one result per punch, in the order given.
    public func ingest(punches: [WirePunch], from kiosk: KioskIdentity, now: Date = Date()) async throws -> [ItemResult] {
        var rejected: [UUID: String] = [:]
        for punch in punches {
            if let reason = Self.problem(with: punch, now: now) { rejected[punch.id] = reason }
        }
        let codes = Array(Set(punches.filter { rejected[$0.id] == nil }.map(\.employeeCode)))
        var people: [String: (site: String, active: Bool)] = [:]
        if !codes.isEmpty {
            for try await (code, site, active) in try await client.query(
                "SELECT code, site_id, active FROM employees WHERE code = ANY(\(codes))", logger: logger).decode((String, String, Bool).self) {
                people[code] = (site, active)
            }
        }
        var valid: [WirePunch] = []
        var seen: Set<UUID> = []
        for punch in punches where rejected[punch.id] == nil {
            if let reason = Self.refusal(of: punch.employeeCode, person: people[punch.employeeCode], kiosk: kiosk) {
                rejected[punch.id] = reason
            } else if seen.insert(punch.id).inserted {
                valid.append(punch)
            }
        }
        let inserted = valid.isEmpty ? [] : try await insert(valid, kiosk: kiosk)
        return punches.map { punch in
            if let reason = rejected[punch.id] { return ItemResult(id: punch.id, outcome: .rejected, reason: reason) }
            return ItemResult(id: punch.id, outcome: inserted.contains(punch.id) ? .accepted : .duplicate)
        }
    }

    /// Why a kiosk of `kiosk`'s site may not write for `code`, nil when it may: a kiosk writes only for the
    /// active people of its own site, so a stolen token reaches no one else.
    static func refusal(of code: String, person: (site: String, active: Bool)?, kiosk: KioskIdentity) -> String? {
        guard let person else { return "unknown employee code '\(code)'; add the employee on the server first" }
        guard person.site == kiosk.site else {
            return "employee '\(code)' belongs to another site; a kiosk of site '\(kiosk.site)' writes only for its own site's people"
        }
        guard person.active else { return "employee '\(code)' is not active; reactivate them on the server first" }
        return nil
    }

    /// How far ahead of the server's clock a punch may be (kiosk clocks drift).
    static let futureTolerance: TimeInterval = 5 * 60
    /// How far back a punch may be: the records' retention period (Spain's RDL 8/2019 asks four years).
    static let retention: TimeInterval = 4 * 366 * 86_400

    /// Why a punch can never be stored, nil when it can.
    static func problem(with punch: WirePunch, now: Date) -> String? {
        if PunchKind(rawValue: punch.kind) == nil { return "kind '\(punch.kind)' is not IN or OUT" }
        if PunchMethod(rawValue: punch.method) == nil { return "method '\(punch.method)' is not face, pin, badge or manual" }
        guard let day = LocalDate(punch.localDate) else { return "localDate '\(punch.localDate)' is not a YYYY-MM-DD date" }
        if punch.instant > now.addingTimeInterval(futureTolerance) {
            return "instant \(SyncCoding.formatDate(punch.instant)) is \(Int(punch.instant.timeIntervalSince(now))) s ahead of the server's clock; set the kiosk's clock (NTP)"
        }
        if punch.instant < now.addingTimeInterval(-retention) {
            return "instant \(SyncCoding.formatDate(punch.instant)) is older than the four-year retention period"
        }
        // The local date is the instant's day somewhere on Earth: within a day of its UTC day.
        let utcDay = Int((punch.instant.timeIntervalSince1970 / 86_400).rounded(.down))
        if abs(day.daysSinceEpoch - utcDay) > 1 {
            return "localDate \(punch.localDate) is not the day of instant \(SyncCoding.formatDate(punch.instant)) in any time zone"
        }
        if let distance = punch.matchDistance, !distance.isFinite { return "matchDistance is not a finite number" }
        return nil
    }

    /// Inserts `punches` (distinct UUIDs) in one statement; returns the UUIDs that were new. Retried on a
    /// deadlock, which two kiosks' batches moving the same employees' last punches can cause.
    private func insert(_ punches: [WirePunch], kiosk: KioskIdentity) async throws -> Set<UUID> {
        let ids = punches.map(\.id)
        // The door recorded is the authenticated kiosk, never what the body says.
        let kioskIDs = punches.map { _ in kiosk.id }
        let sequences = punches.map(\.sequence)
        let employees = punches.map(\.employeeCode)
        let instants = punches.map(\.instant)
        let dates = punches.map(\.localDate)
        let kinds = punches.map(\.kind)
        let methods = punches.map(\.method)
        // PostgresNIO binds no optional arrays: NaN and "" stand for NULL and are turned back with NULLIF.
        let distances = punches.map { $0.matchDistance ?? .nan }
        let shiftNames = punches.map { $0.shiftName ?? "" }
        let flags = punches.map(\.flags)
        let query: PostgresQuery = """
            WITH input AS (
                SELECT * FROM unnest(\(ids)::uuid[], \(kioskIDs)::text[], \(sequences)::int8[], \(employees)::text[],
                                     \(instants)::timestamptz[], \(dates)::text[], \(kinds)::text[], \(methods)::text[],
                                     \(distances)::float8[], \(shiftNames)::text[], \(flags)::int8[])
                    AS t(id, kiosk_id, sequence, employee_code, instant, local_date, kind, method, match_distance,
                         shift_name, flags)
            ), inserted AS (
                INSERT INTO punches (id, kiosk_id, received_from, site_id, sequence, employee_code, instant, local_date,
                                     kind, method, match_distance, shift_name, flags)
                SELECT id, kiosk_id, \(kiosk.id), \(kiosk.site), sequence, employee_code, instant, local_date::date, kind,
                       method, NULLIF(match_distance, 'NaN'::float8), NULLIF(shift_name, ''), flags
                FROM input
                ON CONFLICT (id) DO NOTHING
                RETURNING id, employee_code, instant, kind, kiosk_id
            ), latest AS (
                INSERT INTO last_punches (site_id, employee_code, punch_id, kiosk_id, instant, kind)
                SELECT DISTINCT ON (employee_code) \(kiosk.site), employee_code, id, kiosk_id, instant, kind
                FROM inserted ORDER BY employee_code, instant DESC
                ON CONFLICT (site_id, employee_code) DO UPDATE
                    SET punch_id = EXCLUDED.punch_id, kiosk_id = EXCLUDED.kiosk_id, instant = EXCLUDED.instant,
                        kind = EXCLUDED.kind, xact = pg_current_xact_id()::text::bigint
                    WHERE EXCLUDED.instant > last_punches.instant
            )
            SELECT id FROM inserted
            """
        var attempt = 0
        while true {
            attempt += 1
            do {
                var inserted: Set<UUID> = []
                for try await id in try await client.query(query, logger: logger).decode(UUID.self) { inserted.insert(id) }
                return inserted
            } catch let error as PSQLError where attempt < 5 && Self.isRetryable(error) {
                logger.debug("punch batch retried after \(error.serverInfo?[.sqlState] ?? "?")")
            }
        }
    }
}
