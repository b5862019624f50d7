import AttendanceServer
import Foundation
import PostgresNIO
import SyncProtocol
import TestEnvironment
import Testing

@Suite("Punch sync against PostgreSQL", .timeLimit(.minutes(20)))
struct PunchSyncTests {
    @Test("the same batch twice stores each punch once and answers duplicate the second time",
          .needs(.postgres, missing: TestDatabase.missing))
    func sameBatchTwice() async throws {
        try await withTestServer { api, server in
            let kiosk = try await api.registerKiosk("Puerta norte")
            try await api.addEmployee("E001")
            try await api.addEmployee("E002")
            let batch = TestPunches.make(count: 40, employees: ["E001", "E002"])
            let first = try await api.push(batch, token: kiosk.token)
            #expect(first.map(\.id) == batch.map(\.id))
            #expect(first.allSatisfy { $0.outcome == .accepted })
            let second = try await api.push(batch, token: kiosk.token)
            #expect(second.allSatisfy { $0.outcome == .duplicate })
            let count = try await server.database.client.query("SELECT COUNT(*)::int8 FROM punches")
                .decode(Int64.self).first { _ in true }
            #expect(count == 40)
        }
    }

    @Test("a batch with a repeated UUID and bad punches answers per UUID",
          .needs(.postgres, missing: TestDatabase.missing))
    func perItemOutcomes() async throws {
        try await withTestServer { api, _ in
            let kiosk = try await api.registerKiosk("Puerta sur")
            try await api.addEmployee("E001")
            var punches = TestPunches.make(count: 3, employees: ["E001"])
            punches[1].employeeCode = "NOBODY"
            punches[2].kind = "SIDEWAYS"
            punches.append(punches[0])
            let results = try await api.push(punches, token: kiosk.token)
            #expect(results.count == 4)
            #expect(results[0].outcome == .accepted)
            #expect(results[1].outcome == .rejected && results[1].reason?.contains("NOBODY") == true)
            #expect(results[2].outcome == .rejected && results[2].reason?.contains("SIDEWAYS") == true)
            #expect(results[3].outcome == .accepted, "the same UUID twice in one batch is one punch")
        }
    }

    @Test("a badge punch is stored with its method; an unknown method is refused naming the four",
          .needs(.postgres, missing: TestDatabase.missing))
    func badgePunch() async throws {
        try await withTestServer { api, server in
            let kiosk = try await api.registerKiosk("Puerta tarjeta")
            try await api.addEmployee("E003")
            var punches = TestPunches.make(count: 2, employees: ["E003"])
            punches[0].method = "badge"
            punches[1].method = "iris"
            let results = try await api.push(punches, token: kiosk.token)
            #expect(results.map(\.outcome) == [.accepted, .rejected])
            #expect(results[1].reason?.contains("is not face, pin, badge or manual") == true, "\(results[1].reason ?? "")")
            let methods = try await server.database.client.query("SELECT method FROM punches").decode(String.self)
            var stored: [String] = []
            for try await method in methods { stored.append(method) }
            #expect(stored == ["badge"])
        }
    }

    @Test("a batch over 500 punches is refused with 400 naming the limit",
          .needs(.postgres, missing: TestDatabase.missing))
    func oversizedBatch() async throws {
        try await withTestServer { api, _ in
            let kiosk = try await api.registerKiosk("Puerta")
            try await api.addEmployee("E001")
            let batch = PunchBatch(punches: TestPunches.make(count: SyncAPI.maxBatchSize + 1, employees: ["E001"]))
            let (status, answer) = try await api.send(.post, SyncAPI.punchesPath, token: kiosk.token,
                                                      json: try SyncCoding.encoder().encode(batch))
            #expect(status == .badRequest)
            #expect(String(decoding: answer, as: UTF8.self).contains("501 items; at most 500"))
        }
    }

    @Test("the roster's last punch per employee is the latest from any door of the site",
          .needs(.postgres, missing: TestDatabase.missing))
    func lastPunchAcrossDoors() async throws {
        try await withTestServer { api, _ in
            let north = try await api.registerKiosk("Norte")
            let south = try await api.registerKiosk("Sur")
            try await api.addEmployee("E001")
            let start = Date(timeIntervalSince1970: 1_717_398_000)
            let entry = TestPunches.make(count: 1, employees: ["E001"], kioskID: north.kioskID, start: start)
            var exit = TestPunches.make(count: 1, employees: ["E001"], kioskID: south.kioskID, start: start.addingTimeInterval(8 * 3600))
            exit[0].kind = "OUT"
            _ = try await api.push(exit, token: south.token)
            _ = try await api.push(entry, token: north.token)
            let roster = try await api.call(.get, SyncAPI.rosterPath + "?since=0", token: north.token, as: RosterDelta.self)
            #expect(roster.lastPunches.count == 1)
            #expect(roster.lastPunches.first?.punchID == exit[0].id, "the older punch arriving later does not replace it")
            #expect(roster.lastPunches.first?.kioskID == south.kioskID)
        }
    }

    @Test("a pull with the punch cursor brings the punches written since, including one committed late by a slow transaction",
          .needs(.postgres, missing: TestDatabase.missing))
    func lastPunchesSinceCursor() async throws {
        try await withTestServer { api, server in
            let north = try await api.registerKiosk("Norte")
            let south = try await api.registerKiosk("Sur")
            try await api.addEmployee("E001")
            try await api.addEmployee("E002")
            let start = Date(timeIntervalSince1970: 1_717_398_000)
            let first = TestPunches.make(count: 1, employees: ["E001"], kioskID: north.kioskID, start: start)
            _ = try await api.push(first, token: north.token)
            let full = try await api.call(.get, SyncAPI.rosterPath + "?since=0", token: south.token, as: RosterDelta.self)
            #expect(full.punchesSince == 0 && full.lastPunches.map(\.punchID) == [first[0].id])

            let second = TestPunches.make(count: 1, employees: ["E002"], kioskID: north.kioskID, start: start.addingTimeInterval(60))
            _ = try await api.push(second, token: north.token)
            let delta = try await api.call(.get, SyncAPI.rosterPath + "?since=\(full.version)&punchesSince=\(full.punchesCursor)",
                                           token: south.token, as: RosterDelta.self)
            #expect(delta.punchesSince == full.punchesCursor)
            #expect(delta.punchesCursor >= full.punchesCursor)
            #expect(delta.lastPunches.contains { $0.punchID == second[0].id }, "a punch written after the last pull comes")

            // A writer still open while the kiosk pulls commits afterwards: the next pull from the cursor it
            // was given still brings its punch (the cursor is the oldest open transaction, not the newest write).
            let late = UUID()
            let cursorDuringWrite = try await server.database.client.withConnection { connection in
                _ = try await connection.query("BEGIN", logger: TestDatabase.logger)
                _ = try await connection.query("""
                    UPDATE last_punches SET punch_id = \(late), xact = pg_current_xact_id()::text::bigint
                    WHERE employee_code = 'E001'
                    """, logger: TestDatabase.logger)
                let during = try await api.call(.get, SyncAPI.rosterPath + "?since=\(delta.version)&punchesSince=\(delta.punchesCursor)",
                                                token: south.token, as: RosterDelta.self)
                #expect(!during.lastPunches.contains { $0.punchID == late }, "an uncommitted write is not visible")
                _ = try await connection.query("COMMIT", logger: TestDatabase.logger)
                return during.punchesCursor
            }
            let after = try await api.call(.get, SyncAPI.rosterPath + "?since=\(delta.version)&punchesSince=\(cursorDuringWrite)",
                                           token: south.token, as: RosterDelta.self)
            #expect(after.lastPunches.contains { $0.punchID == late }, "the late commit is not skipped by the cursor")
        }
    }
}
