import AttendanceServer
import Foundation
import SyncProtocol
import TestEnvironment
import Testing

/// Explainable attendance on the real PostgreSQL: holidays and leave in reports with a reason column, late
/// uploads recomputing stored days with a "changed since export" list, the review queue, overtime approval.
@Suite("Explainable attendance: reasons, late data, review, overtime", .timeLimit(.minutes(20)))
struct ExplainableAttendanceTests {
    struct Text: Decodable { let es: [String]; let en: [String] }
    struct Change: Decodable {
        let employeeCode: String
        let date: String
        let cause: String
        let previousStatus: String
        let status: String
        let why: Text
    }
    struct Detail: Decodable {
        let status: String
        let overtimeMinutes: Int
        let approvedOvertimeMinutes: Int
        let rulesVersion: String
        let reasons: Text
        let punches: Text
        let history: [Change]
    }
    struct Export: Decodable { let id: Int64; let kind: String }
    struct ReviewItem: Decodable { let punchID: String; let employeeCode: String; let why: Text }
    struct Review: Decodable { let decision: String; let correctionID: String? }
    struct Leave: Encodable { let kind: String; let from: String; let to: String; let portion: String; var note: String?; let createdBy: String }
    struct Approval: Encodable { let date: String; let minutes: Int; let approvedBy: String; let reason: String }
    struct Decision: Encodable { let decision: String; let reason: String; let reviewedBy: String }
    struct Name: Encodable { let name: String }
    struct Policy: Encodable { let closeOpenEntriesAtShiftEnd: Bool; let overtimeMinimumMinutes: Int }
    struct LatenessPolicy: Encodable {
        let closeOpenEntriesAtShiftEnd: Bool
        let overtimeMinimumMinutes: Int
        let latenessLates: Int
        let latenessPenalty: String
    }

    static let admin = TestDatabase.adminToken

    static func punch(_ code: String, _ kind: String, _ iso: String, kiosk: String, method: String = "pin", distance: Double? = nil,
                      flags: Int = 0) -> WirePunch {
        WirePunch(id: UUID(), kioskID: kiosk, sequence: 1, employeeCode: code, instant: SyncCoding.parseDate(iso)!,
                  localDate: String(iso.prefix(10)), kind: kind, method: method, matchDistance: distance, flags: flags)
    }

    /// Employees on Mañana (06:00–14:00) every Monday, and a supervisor S001.
    static func setUp(_ api: TestAPI, _ codes: [String], names: [String: String] = [:]) async throws {
        for code in codes {
            try await api.expect(.created, .post, "/api/v1/admin/employees", token: admin,
                                 body: AdminEmployee(code: code, name: names[code] ?? "Empleado \(code)", site: "principal", pinHash: "pbkdf2$t$\(code)"))
            try await api.expect(.ok, .put, "/api/v1/admin/employees/\(code)/schedules", token: admin,
                                 body: [AdminSchedule(weekday: 1, shiftName: "Mañana")])
        }
        try await api.expect(.created, .post, "/api/v1/admin/employees", token: admin,
                             body: AdminEmployee(code: "S001", name: "Supervisora", role: "SUPERVISOR", site: "principal", pinHash: "pbkdf2$t$S"))
    }

    @Test("holidays and leave give festivo and justificado, each row says why, and the CSV carries a formula-safe reason",
          .needs(.postgres, missing: TestDatabase.missing))
    func holidaysLeaveAndReasons() async throws {
        try await withTestServer { api, _ in
            try await Self.setUp(api, ["E001", "E002", "E003"], names: ["E003": "=HYPERLINK(\"x\")"])
            let door = try await api.registerKiosk("Norte")
            // 2024-06-03 is a Monday; Madrid is UTC+2: 06:30 local is 04:30Z.
            _ = try await api.push([Self.punch("E003", "IN", "2024-06-03T04:30:00Z", kiosk: door.kioskID),
                                    Self.punch("E003", "OUT", "2024-06-03T12:00:00Z", kiosk: door.kioskID)], token: door.token)
            try await api.expect(.created, .post, "/api/v1/admin/employees/E001/leave", token: Self.admin,
                                 body: Leave(kind: "vacation", from: "2024-06-03", to: "2024-06-04", portion: "wholeDay", createdBy: "S001"))
            try await api.expect(.ok, .put, "/api/v1/admin/sites/principal/holidays/2024-06-10", token: Self.admin,
                                 body: Name(name: "Fiesta local"))

            let daily = try await api.call(.get, "/api/v1/admin/reports/daily?date=2024-06-03", token: Self.admin, as: AttendanceReport.self)
            let rows = Dictionary(uniqueKeysWithValues: daily.rows.map { ($0.employeeCode, $0) })
            #expect(rows["E001"]?.status == "justified")
            #expect(rows["E001"]?.reasonEs?.hasPrefix("justificado: vacaciones todo el día") == true)
            #expect(rows["E002"]?.status == "absent")
            #expect(rows["E002"]?.reasonEs?.hasPrefix("ausente: ninguna entrada entre 05:00 y 14:00 del turno Mañana") == true)
            #expect(rows["E003"]?.status == "late")
            #expect(rows["E003"]?.reasonEs?.hasPrefix("tarde 30 min: entrada 06:30, turno 06:00 + 15 min de tolerancia") == true)
            #expect(rows["E003"]?.reasonEn?.hasPrefix("late 30 min: in 06:30, shift 06:00 + 15 min grace") == true)
            #expect(rows["E003"]?.rulesVersion?.isEmpty == false)

            let holiday = try await api.call(.get, "/api/v1/admin/reports/daily?date=2024-06-10", token: Self.admin, as: AttendanceReport.self)
            #expect(holiday.rows.map(\.status) == ["holiday", "holiday", "holiday"])
            #expect(holiday.rows.first?.reasonEs?.hasPrefix("festivo: Fiesta local") == true)

            let (status, body) = try await api.send(.get, "/api/v1/admin/reports/daily?date=2024-06-03&format=csv", token: Self.admin)
            #expect(status == .ok)
            let csv = String(decoding: body, as: UTF8.self)
            #expect(csv.hasPrefix("date,employee_code,employee_name,shift,first_in,last_out,status,minutes_late,minutes_worked,required_minutes,"
                                  + "overtime_minutes,approved_overtime_minutes,reason,reason_en,rules_version\r\n"))
            #expect(csv.contains(",\"'=HYPERLINK(\"\"x\"\")\","), "a name starting with = is prefixed with ' and quoted")
            #expect(csv.contains("\"tarde 30 min: entrada 06:30, turno 06:00 + 15 min de tolerancia;"))

            // A leave on an unknown person, or granted by someone who is not a supervisor, is refused.
            try await api.expect(.notFound, .post, "/api/v1/admin/employees/NOPE/leave", token: Self.admin,
                                 body: Leave(kind: "sick", from: "2024-06-03", to: "2024-06-03", portion: "wholeDay", createdBy: "S001"))
            try await api.expect(.unprocessableContent, .post, "/api/v1/admin/employees/E002/leave", token: Self.admin,
                                 body: Leave(kind: "sick", from: "2024-06-03", to: "2024-06-03", portion: "wholeDay", createdBy: "E003"))
            try await api.expect(.unprocessableContent, .post, "/api/v1/admin/employees/E002/leave", token: Self.admin,
                                 body: Leave(kind: "sick", from: "2024-06-05", to: "2024-06-03", portion: "wholeDay", createdBy: "S001"))
        }
    }

    @Test("a late upload recomputes a stored day, keeps the previous verdict, and the export's change list names it",
          .needs(.postgres, missing: TestDatabase.missing))
    func lateUploadChangesSinceExport() async throws {
        try await withTestServer { api, _ in
            try await Self.setUp(api, ["E001", "E002"])
            let door = try await api.registerKiosk("Norte")
            let (status, _) = try await api.send(.get, "/api/v1/admin/reports/daily?date=2024-06-03&format=csv", token: Self.admin)
            #expect(status == .ok)
            let exports = try await api.call(.get, "/api/v1/admin/exports", token: Self.admin, as: [Export].self)
            let export = try #require(exports.first)
            #expect(export.kind == "daily")
            #expect(try await api.call(.get, "/api/v1/admin/exports/\(export.id)/changes", token: Self.admin, as: [Change].self).isEmpty)

            // The kiosk was offline: E001's punches of that Monday arrive now.
            _ = try await api.push([Self.punch("E001", "IN", "2024-06-03T04:05:00Z", kiosk: door.kioskID),
                                    Self.punch("E001", "OUT", "2024-06-03T12:00:00Z", kiosk: door.kioskID)], token: door.token)
            let changes = try await api.call(.get, "/api/v1/admin/exports/\(export.id)/changes", token: Self.admin, as: [Change].self)
            #expect(changes.count == 1, "only E001's day changed")
            let change = try #require(changes.first)
            #expect(change.employeeCode == "E001" && change.date == "2024-06-03")
            #expect(change.previousStatus == "absent" && change.status == "onTime")
            #expect(change.cause == "punches uploaded by kiosk \(door.kioskID)")
            #expect(change.why.es.contains("fichaje nuevo: entrada 06:05 · puerta \(door.kioskID) · PIN"))

            let detail = try await api.call(.get, "/api/v1/admin/employees/E001/days/2024-06-03", token: Self.admin, as: Detail.self)
            #expect(detail.status == "onTime")
            #expect(detail.reasons.es.first == "a tiempo: entrada 06:05, turno 06:00 + 15 min de tolerancia")
            #expect(detail.punches.en == ["in 06:05 · door \(door.kioskID) · PIN", "out 14:00 · door \(door.kioskID) · PIN"])
            #expect(detail.history.map(\.previousStatus) == ["absent"])
            // A repeated upload (duplicates) changes nothing more.
            _ = try await api.push([Self.punch("E002", "IN", "2024-06-10T04:05:00Z", kiosk: door.kioskID)], token: door.token)
            #expect(try await api.call(.get, "/api/v1/admin/exports/\(export.id)/changes", token: Self.admin, as: [Change].self).count == 1)
        }
    }

    @Test("doubtful punches wait in the review queue; a void is a correction, a second review is refused, both audited",
          .needs(.postgres, missing: TestDatabase.missing))
    func reviewQueue() async throws {
        try await withTestServer { api, server in
            try await Self.setUp(api, ["E001", "E002", "E003"])
            let door = try await api.registerKiosk("Norte")
            let near = Self.punch("E001", "IN", "2024-06-03T04:00:00Z", kiosk: door.kioskID, method: "face", distance: 0.47)
            let clear = Self.punch("E002", "IN", "2024-06-03T04:00:00Z", kiosk: door.kioskID, method: "face", distance: 0.30)
            let flagged = Self.punch("E003", "IN", "2024-06-03T04:01:00Z", kiosk: door.kioskID, method: "face", distance: 0.20, flags: 1 << 5)
            _ = try await api.push([near, clear, flagged], token: door.token)

            let queue = try await api.call(.get, "/api/v1/admin/review", token: Self.admin, as: [ReviewItem].self)
            #expect(queue.map(\.employeeCode) == ["E001", "E003"])
            #expect(queue.first?.why.es == ["distancia de la cara 0.470 ≥ 0.450"])
            #expect(try await api.call(.get, "/api/v1/admin/review?minDistance=0.5", token: Self.admin, as: [ReviewItem].self)
                .map(\.employeeCode) == ["E003"])

            try await api.expect(.unprocessableContent, .post, "/api/v1/admin/review/\(near.id)", token: Self.admin,
                                 body: Decision(decision: "void", reason: "no era ella", reviewedBy: "E002"))
            let review = try await api.call(.post, "/api/v1/admin/review/\(near.id)", token: Self.admin,
                                            body: Decision(decision: "void", reason: "no era ella", reviewedBy: "S001"), expect: .created,
                                            as: Review.self)
            #expect(review.decision == "void" && review.correctionID != nil)
            try await api.expect(.conflict, .post, "/api/v1/admin/review/\(near.id)", token: Self.admin,
                                 body: Decision(decision: "confirm", reason: "otra vez", reviewedBy: "S001"))
            try await api.expect(.notFound, .post, "/api/v1/admin/review/\(UUID())", token: Self.admin,
                                 body: Decision(decision: "confirm", reason: "?", reviewedBy: "S001"))
            _ = try await api.call(.post, "/api/v1/admin/review/\(flagged.id)", token: Self.admin,
                                   body: Decision(decision: "confirm", reason: "es él", reviewedBy: "S001"), expect: .created, as: Review.self)
            #expect(try await api.call(.get, "/api/v1/admin/review", token: Self.admin, as: [ReviewItem].self).isEmpty)

            let detail = try await api.call(.get, "/api/v1/admin/employees/E001/days/2024-06-03", token: Self.admin, as: Detail.self)
            #expect(detail.punches.es == ["entrada 06:00 · puerta \(door.kioskID) · cara · anulado (S001: revisión: no era ella)"])
            let audit = try await server.database.auditLog().map(\.action)
            #expect(audit.contains("punch.review.void") && audit.contains("punch.review.confirm"))
        }
    }

    @Test("overtime counts from the shift's end and needs a supervisor's approval; the site's policy closes open entries",
          .needs(.postgres, missing: TestDatabase.missing))
    func overtimeAndPolicy() async throws {
        try await withTestServer { api, _ in
            try await Self.setUp(api, ["E001", "E002"])
            let door = try await api.registerKiosk("Norte")
            // 05:30–15:30 local: 30 min early (not overtime), 90 min after 14:00.
            _ = try await api.push([Self.punch("E001", "IN", "2024-06-03T03:30:00Z", kiosk: door.kioskID),
                                    Self.punch("E001", "OUT", "2024-06-03T13:30:00Z", kiosk: door.kioskID),
                                    Self.punch("E002", "IN", "2024-06-03T04:00:00Z", kiosk: door.kioskID)], token: door.token)
            let before = try await api.call(.get, "/api/v1/admin/employees/E001/days/2024-06-03", token: Self.admin, as: Detail.self)
            #expect(before.overtimeMinutes == 90 && before.approvedOvertimeMinutes == 0)
            #expect(before.reasons.es.contains("horas extra 1 h 30 min desde el fin del turno (14:00): pendientes de aprobación"))

            try await api.expect(.unprocessableContent, .post, "/api/v1/admin/employees/E001/overtime-approvals", token: Self.admin,
                                 body: Approval(date: "2024-06-03", minutes: 60, approvedBy: "E002", reason: "inventario"))
            let after = try await api.call(.post, "/api/v1/admin/employees/E001/overtime-approvals", token: Self.admin,
                                           body: Approval(date: "2024-06-03", minutes: 60, approvedBy: "S001", reason: "inventario"),
                                           expect: .created, as: Detail.self)
            #expect(after.overtimeMinutes == 90 && after.approvedOvertimeMinutes == 60)
            #expect(after.history.last?.why.en == ["now applies: overtime 1 h 30 min from the shift's end (14:00); 1 h approved by S001"])

            let open = try await api.call(.get, "/api/v1/admin/employees/E002/days/2024-06-03", token: Self.admin, as: Detail.self)
            #expect(open.reasons.es.last?.hasPrefix("salida no registrada") == true)
            try await api.expect(.ok, .put, "/api/v1/admin/sites/principal/policy", token: Self.admin,
                                 body: Policy(closeOpenEntriesAtShiftEnd: true, overtimeMinimumMinutes: 15))
            try await api.expect(.badRequest, .put, "/api/v1/admin/sites/principal/policy", token: Self.admin,
                                 body: ["closeOpenEntriesAtShiftEnd": false])
            let closed = try await api.call(.get, "/api/v1/admin/employees/E002/days/2024-06-03", token: Self.admin, as: Detail.self)
            #expect(closed.reasons.es.last == "cerrada al fin del turno: la entrada de las 06:00 se cuenta hasta las 14:00 por regla del centro; no hay salida fichada")
        }
    }

    @Test("the site's repeated-lateness rule turns late days into a half-day penalty in the monthly report, explained",
          .needs(.postgres, missing: TestDatabase.missing))
    func latenessRule() async throws {
        try await withTestServer { api, _ in
            try await Self.setUp(api, ["E001", "E002"])
            let door = try await api.registerKiosk("Norte")
            // Mondays 3 and 10 June 2024, 30 and 20 minutes late; E002 late once only.
            _ = try await api.push([Self.punch("E001", "IN", "2024-06-03T04:30:00Z", kiosk: door.kioskID),
                                    Self.punch("E001", "IN", "2024-06-10T04:20:00Z", kiosk: door.kioskID),
                                    Self.punch("E002", "IN", "2024-06-10T04:40:00Z", kiosk: door.kioskID)], token: door.token)
            let without = try await api.call(.get, "/api/v1/admin/reports/monthly?month=2024-06", token: Self.admin, as: AttendanceReport.self)
            #expect(without.latenessPenalties == [], "no rule, no penalty")
            try await api.expect(.ok, .put, "/api/v1/admin/sites/principal/policy", token: Self.admin,
                                 body: LatenessPolicy(closeOpenEntriesAtShiftEnd: false, overtimeMinimumMinutes: 15, latenessLates: 2,
                                                      latenessPenalty: "halfDay"))
            let monthly = try await api.call(.get, "/api/v1/admin/reports/monthly?month=2024-06", token: Self.admin, as: AttendanceReport.self)
            let penalties = try #require(monthly.latenessPenalties)
            #expect(penalties.map(\.employeeCode) == ["E001"])
            #expect(penalties.first?.lateDates == ["2024-06-03", "2024-06-10"])
            #expect(penalties.first?.minutes == 240)
            #expect(penalties.first?.reasonEs
                    == "2 llegadas tarde en 2024-06 (03: 30 min, 10: 20 min) = media jornada (4 h), regla del centro: 2 al mes")
        }
    }
}
