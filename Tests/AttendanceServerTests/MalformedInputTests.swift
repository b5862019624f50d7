import AttendanceServer
import Foundation
import SyncProtocol
import Testing

@Suite("Malformed input")
struct MalformedInputTests {
    @Test("malformed JSON is 400 with a message naming what is wrong",
          .enabled(if: TestDatabase.available, "because ASISTENCIA_TEST_DATABASE_URL is not set"))
    func malformed() async throws {
        try await withTestServer { api, _ in
            let kiosk = try await api.registerKiosk("Puerta")
            let cases: [(String, String)] = [
                (#"{"punches": [ {"id": 1} ]"#, "PunchBatch"),
                (#"{"punches": [{"id": "not-a-uuid"}]}"#, "punches[0].id"),
                (#"{"punches": [{"id":"6E2B3C0A-0000-4000-8000-000000000001","kioskID":"k","sequence":1,"employeeCode":"E","instant":"yesterday","localDate":"2024-06-03","kind":"IN","method":"face","flags":0}]}"#,
                 "punches[0].instant"),
                (#"{"punches": [{"id":"6E2B3C0A-0000-4000-8000-000000000001"}]}"#, "punches[0].kioskID"),
                ("", "empty"),
            ]
            for (body, mention) in cases {
                let (status, answer) = try await api.send(.post, SyncAPI.punchesPath, token: kiosk.token, json: Data(body.utf8))
                #expect(status == .badRequest)
                let message = (try? SyncCoding.decoder().decode(APIErrorBody.self, from: answer).error.message) ?? ""
                #expect(message.contains(mention), "'\(message)' should mention \(mention)")
            }
            let (status, answer) = try await api.send(.get, SyncAPI.rosterPath + "?since=banana", token: kiosk.token)
            #expect(status == .badRequest)
            #expect(String(decoding: answer, as: UTF8.self).contains("banana"))
            let (badShift, shiftAnswer) = try await api.send(.put, "/api/v1/admin/shifts/Rara", token: TestDatabase.adminToken,
                                                             json: Data(#"{"name":"Rara","start":"25:00","end":"06:00"}"#.utf8))
            #expect(badShift == .badRequest)
            #expect(String(decoding: shiftAnswer, as: UTF8.self).contains("25:00"))
            let (badReport, _) = try await api.send(.get, "/api/v1/admin/reports/daily?date=2024-13-01", token: TestDatabase.adminToken)
            #expect(badReport == .badRequest)
        }
    }
}
