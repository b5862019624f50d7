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
    public func ingest(punches: [WirePunch], from kiosk: KioskIdentity) async throws -> [ItemResult] {
        var rejected: [UUID: String] = [:]
        for punch in punches {
            if let reason = Self.problem(with: punch) { rejected[punch.id] = reason }
        }
        let codes = Array(Set(punches.filter { rejected[$0.id] == nil }.map(\.employeeCode)))
        var known: Set<String> = []
        if !codes.isEmpty {
            for try await code in try await client.query("SELECT code FROM employees WHERE code = ANY(\(codes))", logger: logger)
                .decode(String.self) { known.insert(code) }
        }
        var valid: [WirePunch] = []
        var seen: Set<UUID> = []
        for punch in punches where rejected[punch.id] == nil {
            if !known.contains(punch.employeeCode) {
                rejected[punch.id] = "unknown employee code '\(punch.employeeCode)'; add the employee on the server first"
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

    /// Why a punch can never be stored, nil when it can.
    static func problem(with punch: WirePunch) -> String? {
        if PunchKind(rawValue: punch.kind) == nil { return "kind '\(punch.kind)' is not IN or OUT" }
        if PunchMethod(rawValue: punch.method) == nil { return "method '\(punch.method)' is not face, pin or manual" }
        if LocalDate(punch.localDate) == nil { return "localDate '\(punch.localDate)' is not a YYYY-MM-DD date" }
        if punch.employeeCode.trimmingCharacters(in: .whitespaces).isEmpty { return "employeeCode is empty" }
        if punch.kioskID.isEmpty { return "kioskID is empty" }
        if let distance = punch.matchDistance, !distance.isFinite { return "matchDistance is not a finite number" }
        return nil
    }

    /// Inserts `punches` (distinct UUIDs) in one statement; returns the UUIDs that were new. Retried on a
    /// deadlock, which two kiosks' batches moving the same employees' last punches can cause.
    private func insert(_ punches: [WirePunch], kiosk: KioskIdentity) async throws -> Set<UUID> {
        let ids = punches.map(\.id)
        let kioskIDs = punches.map(\.kioskID)
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
                        kind = EXCLUDED.kind
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
