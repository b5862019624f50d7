import AttendanceServer
import Foundation
import SyncProtocol
import TestEnvironment
import Testing

@Suite("Employee badges", .timeLimit(.minutes(20)))
struct EmployeeBadgeTests {
    @Test("a saved badge travels in the roster; one held by another employee is refused with 409 naming them",
          .needs(.postgres, missing: TestDatabase.missing))
    func badgeInRosterAndDuplicateRefused() async throws {
        try await withTestServer { api, _ in
            let admin = TestDatabase.adminToken
            let door = try await api.registerKiosk("Norte")
            try await api.addEmployee("E002")
            let saved = try await api.call(.post, "/api/v1/admin/employees", token: admin,
                                           body: AdminEmployee(code: "E001", name: "Ana", site: "principal", badge: "0004521337"),
                                           expect: .created, as: AdminEmployee.self)
            #expect(saved.badge == "0004521337")
            let full = try await api.call(.get, SyncAPI.rosterPath + "?since=0", token: door.token, as: RosterDelta.self)
            #expect(full.employees.first { $0.code == "E001" }?.badge == "0004521337")
            #expect(full.employees.first { $0.code == "E002" }?.badge == nil)

            // Another employee wanting the same number: refused, naming the holder (not the number), nothing changed.
            let (status, body) = try await api.send(.put, "/api/v1/admin/employees/E002", token: admin,
                                                    json: try SyncCoding.encoder().encode(
                                                        AdminEmployee(code: "E002", name: "Luis", site: "principal", badge: "0004521337")))
            let message = String(decoding: body, as: UTF8.self)
            #expect(status == .conflict, "\(message)")
            #expect(message.contains("'E001'") && !message.contains("0004521337"), "\(message)")
            let unchanged = try await api.call(.get, SyncAPI.rosterPath + "?since=\(full.version)", token: door.token, as: RosterDelta.self)
            #expect(unchanged.version == full.version && unchanged.employees.isEmpty, "a refused save takes no roster version")
            let listed = try await api.call(.get, "/api/v1/admin/employees", token: admin, as: [AdminEmployee].self)
            #expect(listed.first { $0.code == "E002" }?.name == "Empleado E002")

            // Saving one's own badge again is no conflict; taking it away and giving it to E002 are roster changes.
            try await api.expect(.ok, .put, "/api/v1/admin/employees/E001", token: admin,
                                 body: AdminEmployee(code: "E001", name: "Ana Pérez", site: "principal", badge: "0004521337"))
            try await api.expect(.ok, .put, "/api/v1/admin/employees/E001", token: admin,
                                 body: AdminEmployee(code: "E001", name: "Ana Pérez", site: "principal"))
            try await api.expect(.ok, .put, "/api/v1/admin/employees/E002", token: admin,
                                 body: AdminEmployee(code: "E002", name: "Luis", site: "principal", badge: "0004521337"))
            let moved = try await api.call(.get, SyncAPI.rosterPath + "?since=\(full.version)", token: door.token, as: RosterDelta.self)
            #expect(moved.version > full.version)
            #expect(moved.employees.first { $0.code == "E001" }.map { $0.badge == nil } == true)
            #expect(moved.employees.first { $0.code == "E002" }?.badge == "0004521337")

            // A number no reader types is refused by the contract before it reaches the database.
            try await api.expect(.badRequest, .put, "/api/v1/admin/employees/E001", token: admin,
                                 body: AdminEmployee(code: "E001", name: "Ana", site: "principal", badge: "12 34"))
        }
    }

    @Test("the database refuses a malformed or taken badge itself, whoever saves (the console, the accounts tool)",
          .needs(.postgres, missing: TestDatabase.missing))
    func databaseRefusals() async throws {
        try await withTestServer { _, server in
            try await server.database.save(employee: AdminEmployee(code: "E001", name: "Ana", site: "principal", badge: "A1B2C3D4"))
            let taken = await #expect(throws: APIError.self) {
                try await server.database.save(employee: AdminEmployee(code: "E002", name: "Luis", site: "principal", badge: "A1B2C3D4"))
            }
            #expect(taken?.status == .conflict && taken?.message.contains("'E001'") == true)
            let malformed = await #expect(throws: APIError.self) {
                try await server.database.save(employee: AdminEmployee(code: "E002", name: "Luis", site: "principal",
                                                                       badge: String(repeating: "7", count: 33)))
            }
            #expect(malformed?.status == .badRequest)
            #expect(try await server.database.employees().map(\.code) == ["E001"])
        }
    }
}
