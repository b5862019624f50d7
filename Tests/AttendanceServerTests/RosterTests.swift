import AttendanceServer
import Foundation
import SyncProtocol
import TestEnvironment
import Testing

@Suite("Roster deltas", .timeLimit(.minutes(20)))
struct RosterTests {
    static func enrolment(_ code: String) -> WireEnrolment {
        let descriptor = Data((0..<128).flatMap { index -> [UInt8] in
            withUnsafeBytes(of: Float(index) / 128) { Array($0) }
        })
        return WireEnrolment(id: UUID(), employeeCode: code, descriptor: descriptor, enrolledAt: Date(),
                             consent: WireConsent(id: UUID(), givenAt: Date(), recordedBy: "S001", textVersion: "consent-es-1"))
    }

    @Test("a kiosk gets only its site, then only changes, and deletions of withdrawn templates",
          .needs(.postgres, missing: TestDatabase.missing))
    func deltasAndDeletions() async throws {
        try await withTestServer { api, _ in
            let admin = TestDatabase.adminToken
            try await api.expect(.created, .post, "/api/v1/admin/sites", token: admin, body: AdminSite(id: "almacen", name: "Almacén"))
            let door = try await api.registerKiosk("Norte")
            let otherDoor = try await api.registerKiosk("Sur")
            let warehouse = try await api.registerKiosk("Almacén", site: "almacen")
            try await api.addEmployee("E001")
            try await api.addEmployee("E002")
            try await api.addEmployee("W001", site: "almacen")
            try await api.expect(.ok, .put, "/api/v1/admin/employees/E001/schedules", token: admin,
                                 body: [AdminSchedule(weekday: 1, shiftName: "Mañana"), AdminSchedule(weekday: 2, shiftName: "Tarde")])
            let enrolments = [Self.enrolment("E001"), Self.enrolment("E001")]
            let stored = try await api.call(.post, SyncAPI.enrolmentsPath, token: door.token,
                                            body: EnrolmentBatch(enrolments: enrolments), as: BatchResult.self)
            #expect(stored.results.allSatisfy { $0.outcome == .accepted })
            let again = try await api.call(.post, SyncAPI.enrolmentsPath, token: door.token,
                                           body: EnrolmentBatch(enrolments: enrolments), as: BatchResult.self)
            #expect(again.results.allSatisfy { $0.outcome == .duplicate })

            let full = try await api.call(.get, SyncAPI.rosterPath + "?since=0", token: door.token, as: RosterDelta.self)
            #expect(full.site == "principal")
            #expect(full.employees.map(\.code) == ["E001", "E002"])
            #expect(Set(full.templates.map(\.id)) == Set(enrolments.map(\.id)))
            #expect(full.templates.first?.descriptor == enrolments[0].descriptor)
            #expect(Set(full.shifts.map(\.name)) == ["Mañana", "Tarde", "Noche"])
            #expect(full.schedules.count == 2)
            #expect(full.employees.first { $0.code == "E001" }?.biometricConsent == true)

            let warehouseRoster = try await api.call(.get, SyncAPI.rosterPath + "?since=0", token: warehouse.token, as: RosterDelta.self)
            #expect(warehouseRoster.employees.map(\.code) == ["W001"])
            #expect(warehouseRoster.templates.isEmpty)

            let unchanged = try await api.call(.get, SyncAPI.rosterPath + "?since=\(full.version)", token: door.token, as: RosterDelta.self)
            #expect(unchanged.employees.isEmpty && unchanged.templates.isEmpty && unchanged.schedules.isEmpty && unchanged.deletions.isEmpty)
            #expect(unchanged.version == full.version)

            // Both doors applied the full roster; the administrator withdraws E001's biometrics.
            for kiosk in [door, otherDoor] {
                _ = try await api.call(.post, SyncAPI.heartbeatPath, token: kiosk.token,
                                       body: Heartbeat(softwareVersion: "1.0", rosterVersion: full.version, camera: "ok",
                                                       queueDepth: 0, clock: Date(), lastError: nil), as: HeartbeatReply.self)
            }
            try await api.expect(.noContent, .delete, "/api/v1/admin/employees/E001/templates", token: admin)
            try await api.expect(.ok, .put, "/api/v1/admin/employees/E001/schedules", token: admin,
                                 body: [AdminSchedule(weekday: 1, shiftName: "Mañana")])

            let delta = try await api.call(.get, SyncAPI.rosterPath + "?since=\(full.version)", token: door.token, as: RosterDelta.self)
            #expect(delta.version > full.version)
            #expect(Set(delta.deletions.filter { $0.kind == .template }.map(\.key)) == Set(enrolments.map(\.id.uuidString)))
            #expect(delta.deletions.contains(RosterDeletion(kind: .schedule, key: "E001/2/Tarde", version: delta.version)))
            #expect(delta.employees.map(\.code) == ["E001"])
            #expect(delta.employees.first?.biometricConsent == false)
            #expect(delta.templates.isEmpty)
            let templatesLeft = try await api.call(.get, "/api/v1/admin/employees/E001/templates", token: admin, as: [TemplateSummary].self)
            #expect(templatesLeft.isEmpty)

            // Only the door that applied the delta confirms the deletion.
            _ = try await api.call(.post, SyncAPI.heartbeatPath, token: door.token,
                                   body: Heartbeat(softwareVersion: "1.0", rosterVersion: delta.version, camera: "ok",
                                                   queueDepth: 0, clock: Date(), lastError: nil), as: HeartbeatReply.self)
            let deletions = try await api.call(.get, "/api/v1/admin/biometric-deletions", token: admin, as: [BiometricDeletionStatus].self)
            #expect(deletions.count == 1)
            #expect(deletions.first?.templatesDeleted == 2)
            #expect(deletions.first?.confirmedKiosks == [door.kioskID])
            #expect(deletions.first?.pendingKiosks == [otherDoor.kioskID])
        }
    }

    @Test("moving an employee to another site deletes them from the old site's roster",
          .needs(.postgres, missing: TestDatabase.missing))
    func siteMove() async throws {
        try await withTestServer { api, _ in
            let admin = TestDatabase.adminToken
            try await api.expect(.created, .post, "/api/v1/admin/sites", token: admin, body: AdminSite(id: "almacen", name: "Almacén"))
            let door = try await api.registerKiosk("Norte")
            let warehouse = try await api.registerKiosk("Almacén", site: "almacen")
            try await api.addEmployee("E001")
            let before = try await api.call(.get, SyncAPI.rosterPath + "?since=0", token: door.token, as: RosterDelta.self)
            try await api.expect(.ok, .put, "/api/v1/admin/employees/E001", token: admin,
                                 body: AdminEmployee(code: "E001", name: "Ana", site: "almacen"))
            let after = try await api.call(.get, SyncAPI.rosterPath + "?since=\(before.version)", token: door.token, as: RosterDelta.self)
            #expect(after.deletions.map(\.kind) == [.employee])
            #expect(after.deletions.map(\.key) == ["E001"])
            let there = try await api.call(.get, SyncAPI.rosterPath + "?since=\(before.version)", token: warehouse.token, as: RosterDelta.self)
            #expect(there.employees.map(\.name) == ["Ana"])
        }
    }
}
