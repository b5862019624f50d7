import AttendanceServer
import Foundation
import SyncProtocol
import TestEnvironment
import Testing

@Suite("Malformed input", .timeLimit(.minutes(20)))
struct MalformedInputTests {
    @Test("bytes outside the contract are 400 naming the parameter or JSON path; rule breaks are 422",
          .needs(.postgres, missing: TestDatabase.missing))
    func malformed() async throws {
        try await withTestServer { api, _ in
            let kiosk = try await api.registerKiosk("Puerta")
            let punch = #"{"id":"6E2B3C0A-0000-4000-8000-000000000001","kioskID":"k","sequence":1,"employeeCode":"E","instant":"2024-06-03T08:00:00Z","localDate":"2024-06-03","kind":"IN","method":"face","flags":0}"#
            let cases: [(String, String)] = [
                (#"{"punches": [ {"id": 1} ]"#, "not valid JSON"),
                (#"{"punches": ["# + punch.replacingOccurrences(of: "6E2B3C0A-0000-4000-8000-000000000001", with: "not-a-uuid") + "]}",
                 "body.punches[0].id: 'not-a-uuid' is not a UUID"),
                (#"{"punches": ["# + punch.replacingOccurrences(of: "2024-06-03T08:00:00Z", with: "yesterday") + "]}",
                 "body.punches[0].instant"),
                (#"{"punches": [{"id":"6E2B3C0A-0000-4000-8000-000000000001"}]}"#, "body.punches[0].kioskID: required"),
                (#"{"punches": ["# + punch.replacingOccurrences(of: #""IN""#, with: #""EN TRADA""#) + "]}",
                 "body.punches[0].kind: 'EN TRADA' does not fit"),
                (#"{"punches": ["# + punch.replacingOccurrences(of: #""flags":0"#, with: #""flags":-1"#) + "]}",
                 "body.punches[0].flags: -1 is below the minimum 0"),
                (#"{"punches": ["# + punch.replacingOccurrences(of: #""employeeCode":"E""#, with: #""employeeCode":"E\u0000""#) + "]}",
                 "body.punches[0].employeeCode"),
                (#"{"punches": ["# + Array(repeating: punch, count: 501).joined(separator: ",") + "]}", "501 items; at most 500"),
                ("", "empty"),
            ]
            for (body, mention) in cases {
                let (status, answer) = try await api.send(.post, SyncAPI.punchesPath, token: kiosk.token, json: Data(body.utf8))
                #expect(status == .badRequest)
                let message = (try? SyncCoding.decoder().decode(APIErrorBody.self, from: answer).error.message) ?? ""
                #expect(message.contains(mention), "'\(message)' should mention \(mention)")
            }
            for query in ["since=banana", "since=-1", "since=1&since=2", "since=%FF"] {
                let (status, answer) = try await api.send(.get, SyncAPI.rosterPath + "?" + query, token: kiosk.token)
                #expect(status == .badRequest, "\(query)")
                #expect(String(decoding: answer, as: UTF8.self).contains("since"), "\(query)")
            }
            // Bytes PostgreSQL refuses (NUL, invalid UTF-8) never reach it: 400, not 500.
            for site in ["%00", "a%00b", "%FF%FE", "x/y"] {
                let (status, answer) = try await api.send(.get, "/api/v1/admin/employees?site=" + site, token: TestDatabase.adminToken)
                #expect(status == .badRequest, "site=\(site)")
                #expect(String(decoding: answer, as: UTF8.self).contains("site"), "site=\(site)")
            }
            let (empty, emptyAnswer) = try await api.send(.post, "/api/v1/admin/employees", token: TestDatabase.adminToken, json: Data("{}".utf8))
            #expect(empty == .badRequest)
            #expect(String(decoding: emptyAnswer, as: UTF8.self).contains("body.code: required"))
            let (badShift, shiftAnswer) = try await api.send(.put, "/api/v1/admin/shifts/Rara", token: TestDatabase.adminToken,
                                                             json: Data(#"{"name":"Rara","start":"25:00","end":"06:00"}"#.utf8))
            #expect(badShift == .badRequest)
            #expect(String(decoding: shiftAnswer, as: UTF8.self).contains("25:00"))
            let (badReport, _) = try await api.send(.get, "/api/v1/admin/reports/daily?date=2024-13-01", token: TestDatabase.adminToken)
            #expect(badReport == .badRequest)
            // Fits the document, breaks a rule of the data: 422.
            let (backwards, backwardsAnswer) = try await api.send(.get, "/api/v1/admin/reports/late?from=2024-06-10&to=2024-06-01",
                                                                  token: TestDatabase.adminToken)
            #expect(backwards == .unprocessableContent)
            #expect(String(decoding: backwardsAnswer, as: UTF8.self).contains("after"))
            let (sameTimes, _) = try await api.send(.put, "/api/v1/admin/shifts/Rara", token: TestDatabase.adminToken,
                                                    json: Data(#"{"name":"Rara","start":"06:00","end":"06:00"}"#.utf8))
            #expect(sameTimes == .unprocessableContent)
        }
    }
}
