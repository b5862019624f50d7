import AttendanceServer
import Foundation
import SyncProtocol
import TestEnvironment
import Testing

@Suite("Bearer tokens", .timeLimit(.minutes(20)))
struct AuthTests {
    @Test("missing, wrong or misplaced tokens get 401 without detail",
          .needs(.postgres, missing: TestDatabase.missing))
    func unauthorized() async throws {
        try await withTestServer { api, _ in
            let kiosk = try await api.registerKiosk("Puerta")
            let cases: [(String, String?, String)] = [
                ("GET", nil, SyncAPI.rosterPath),
                ("GET", "not-a-token", SyncAPI.rosterPath),
                ("GET", TestDatabase.adminToken, SyncAPI.rosterPath),
                ("GET", kiosk.token, "/api/v1/admin/kiosks"),
                ("GET", kiosk.token, "/api/v1/admin/employees"),
                ("GET", nil, "/api/v1/admin/reports/daily"),
            ]
            for (_, token, path) in cases {
                let (status, body) = try await api.send(.get, path, token: token)
                #expect(status == .unauthorized, "\(path) with \(token == nil ? "no token" : "a wrong token")")
                let message = try SyncCoding.decoder().decode(APIErrorBody.self, from: body).error.message
                #expect(message == "unauthorized")
            }
            let (status, _) = try await api.send(.post, SyncAPI.punchesPath, token: kiosk.token + "x",
                                                 json: Data(#"{"punches":[]}"#.utf8))
            #expect(status == .unauthorized)
        }
    }

    @Test("a kiosk token reaches every kiosk route",
          .needs(.postgres, missing: TestDatabase.missing))
    func kioskRoutes() async throws {
        try await withTestServer { api, _ in
            let kiosk = try await api.registerKiosk("Puerta")
            try await api.expect(.ok, .post, SyncAPI.punchesPath, token: kiosk.token, body: PunchBatch(punches: []))
            try await api.expect(.ok, .get, SyncAPI.rosterPath, token: kiosk.token)
            try await api.expect(.ok, .post, SyncAPI.enrolmentsPath, token: kiosk.token, body: EnrolmentBatch(enrolments: []))
            let reply = try await api.call(.post, SyncAPI.heartbeatPath, token: kiosk.token,
                                           body: Heartbeat(softwareVersion: "1.2.3", rosterVersion: 0, camera: "disconnected",
                                                           queueDepth: 7, clock: Date().addingTimeInterval(90), lastError: "sin cámara"),
                                           as: HeartbeatReply.self)
            #expect(reply.rosterVersion >= 1)
            let kiosks = try await api.call(.get, "/api/v1/admin/kiosks", token: TestDatabase.adminToken, as: [KioskStatus].self)
            #expect(kiosks.count == 1)
            #expect(kiosks.first?.queueDepth == 7)
            #expect(kiosks.first?.camera == "disconnected")
            #expect(kiosks.first?.lastHeartbeatAt != nil)
            #expect((kiosks.first?.clockSkewSeconds ?? 0) > 80)
        }
    }

    @Test("a one-time registration code registers one kiosk, once",
          .needs(.postgres, missing: TestDatabase.missing))
    func registrationCode() async throws {
        try await withTestServer { api, server in
            let code = try await api.call(.post, "/api/v1/admin/registration-codes", token: TestDatabase.adminToken,
                                          body: RegistrationCodeRequest(site: "principal", validMinutes: 10), expect: .created,
                                          as: RegistrationCode.self)
            let credentials = try await api.call(.post, SyncAPI.registerPath, token: nil,
                                                 body: KioskRegistrationRequest(code: code.code, name: "Puerta nueva"),
                                                 expect: .created, as: KioskCredentials.self)
            #expect(credentials.site == "principal")
            #expect(credentials.token.count == 64)
            try await api.expect(.forbidden, .post, SyncAPI.registerPath, token: nil,
                                 body: KioskRegistrationRequest(code: code.code, name: "Clon"))
            try await api.expect(.ok, .get, SyncAPI.rosterPath, token: credentials.token)
            let stored = try await server.database.client.query("SELECT encode(token_hash, 'hex') FROM kiosks")
                .decode(String.self).first { _ in true }
            #expect(stored != nil && stored != credentials.token, "only the hash is stored")
            #expect(stored?.count == 64)
        }
    }
}
