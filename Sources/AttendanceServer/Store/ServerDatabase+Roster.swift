public import Foundation
import PostgresNIO
public import SyncProtocol

// MARK: - Roster

extension ServerDatabase {
    /// What changed for `kiosk`'s site since `since`, read in one snapshot so that the returned version
    /// covers exactly what is returned; the latest punches are those written since `punchesSince` (all of
    /// them when it is 0).
    ///
    /// The punch cursor is the snapshot's oldest transaction still running (`xmin`): every write this
    /// snapshot cannot see has a transaction id at or above it, so the next pull, asking from it, misses no
    /// punch committed late by a slow transaction; it may repeat a few, which the kiosk applies idempotently.
    public func roster(since: Int64, punchesSince: Int64 = 0, for kiosk: KioskIdentity) async throws -> RosterDelta {
        let site = kiosk.site
        if since > 0, let unchanged = try await unchangedRoster(since: since, punchesSince: punchesSince, site: site) {
            return unchanged
        }
        return try await transaction(.repeatableRead) { connection in
            let horizon = try await connection.query("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint", logger: logger)
                .decode(Int64.self).first { _ in true } ?? 0
            let version = try await connection.query("SELECT version FROM roster_version", logger: logger)
                .decode(Int64.self).first { _ in true } ?? 0
            var employees: [RosterEmployee] = []
            for try await (code, name, role, active, pin, consent, badge) in try await connection.query("""
                SELECT code, name, role, active, pin_hash, biometric_consent, badge FROM employees
                WHERE site_id = \(site) AND roster_version > \(since) ORDER BY code
                """, logger: logger).decode((String, String, String, Bool, String?, Bool, String?).self) {
                employees.append(RosterEmployee(code: code, name: name, role: role, active: active, pinHash: pin,
                                                biometricConsent: consent, badge: badge))
            }
            var templates: [RosterTemplate] = []
            for try await (id, code, descriptor) in try await connection.query("""
                SELECT t.id, t.employee_code, t.descriptor FROM face_templates t JOIN employees e ON e.code = t.employee_code
                WHERE e.site_id = \(site) AND t.roster_version > \(since) ORDER BY t.employee_code, t.id
                """, logger: logger).decode((UUID, String, Data).self) {
                templates.append(RosterTemplate(id: id, employeeCode: code, descriptor: descriptor))
            }
            var shifts: [RosterShift] = []
            for try await (name, start, end) in try await connection.query("""
                SELECT name, start_minute, end_minute FROM shifts WHERE roster_version > \(since) ORDER BY name
                """, logger: logger).decode((String, Int, Int).self) {
                shifts.append(RosterShift(name: name, start: ShiftClock.text(minutes: start), end: ShiftClock.text(minutes: end)))
            }
            var schedules: [RosterSchedule] = []
            for try await (code, weekday, shift, entry, exit, required) in try await connection.query("""
                SELECT s.employee_code, s.weekday, s.shift_name, s.entry_tolerance_minutes, s.exit_tolerance_minutes,
                       s.required_minutes
                FROM schedules s JOIN employees e ON e.code = s.employee_code
                WHERE e.site_id = \(site) AND s.roster_version > \(since) ORDER BY s.employee_code, s.weekday, s.shift_name
                """, logger: logger).decode((String, Int, String, Int, Int, Int?).self) {
                schedules.append(RosterSchedule(employeeCode: code, weekday: weekday, shiftName: shift,
                                                entryToleranceMinutes: entry, exitToleranceMinutes: exit, requiredMinutes: required))
            }
            var lastPunches: [RosterLastPunch] = []
            for try await (code, punch, kioskID, instant, kind) in try await connection.query("""
                SELECT employee_code, punch_id, kiosk_id, instant, kind FROM last_punches
                WHERE site_id = \(site) AND xact >= \(punchesSince) ORDER BY employee_code
                """, logger: logger).decode((String, UUID, String, Date, String).self) {
                lastPunches.append(RosterLastPunch(employeeCode: code, punchID: punch, kioskID: kioskID, instant: instant, kind: kind))
            }
            var deletions: [RosterDeletion] = []
            if since > 0 {
                for try await (kind, key, at) in try await connection.query("""
                    SELECT kind, key, version FROM roster_deletions WHERE site_id = \(site) AND version > \(since)
                    ORDER BY version, kind, key
                    """, logger: logger).decode((String, String, Int64).self) {
                    guard let kind = RosterDeletion.Kind(rawValue: kind) else { continue }
                    deletions.append(RosterDeletion(kind: kind, key: key, version: at))
                }
            }
            let calendar = try await Self.rosterCalendar(site: site, connection, logger: logger)
            return RosterDelta(since: since, version: version, site: site, employees: employees, templates: templates,
                               shifts: shifts, schedules: schedules, lastPunches: lastPunches,
                               punchesSince: punchesSince, punchesCursor: horizon, deletions: deletions,
                               holidays: calendar.holidays, leave: calendar.leave)
        }
    }

    /// The common pull of a fleet at work — nothing in the roster changed since `since` — in ONE statement (one
    /// snapshot, one round trip): the version, the punch cursor and the latest punches since `punchesSince`.
    /// The calendar is left out (nil: the kiosk keeps its copy), since every holiday or leave change takes a new
    /// roster version. Nil when the version moved; the caller then reads the whole delta in a transaction.
    private func unchangedRoster(since: Int64, punchesSince: Int64, site: String) async throws -> RosterDelta? {
        var horizon: Int64 = 0, version: Int64 = -1
        var lastPunches: [RosterLastPunch] = []
        for try await (snapshotHorizon, rosterVersion, code, punch, kioskID, instant, kind) in try await client.query("""
            WITH now AS (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS horizon,
                                (SELECT version FROM roster_version) AS version)
            SELECT now.horizon, now.version, p.employee_code, p.punch_id, p.kiosk_id, p.instant, p.kind
            FROM now LEFT JOIN last_punches p ON p.site_id = \(site) AND p.xact >= \(punchesSince)
            ORDER BY p.employee_code
            """, logger: logger).decode((Int64, Int64?, String?, UUID?, String?, Date?, String?).self) {
            horizon = snapshotHorizon
            version = rosterVersion ?? 0
            if let code, let punch, let kioskID, let instant, let kind {
                lastPunches.append(RosterLastPunch(employeeCode: code, punchID: punch, kioskID: kioskID, instant: instant, kind: kind))
            }
        }
        guard version == since else { return nil }
        return RosterDelta(since: since, version: version, site: site, employees: [], templates: [], shifts: [], schedules: [],
                           lastPunches: lastPunches, punchesSince: punchesSince, punchesCursor: horizon, deletions: [])
    }
}
