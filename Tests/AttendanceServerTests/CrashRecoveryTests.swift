import AsyncHTTPClient
import AttendanceServer
import Foundation
import PostgresNIO
import SyncProtocol
import TestEnvironment
import Testing

@Suite("Server killed mid-batch")
struct CrashRecoveryTests {
    @Test("after a SIGKILL during batches and a restart, every punch is delivered exactly once",
          .needs(.postgres, missing: TestDatabase.missing),
          .needs(.buildProducts, missing: FileManager.default.isExecutableFile(atPath: ServerProcess.executable)
                                              ? nil : "\(ServerProcess.executable) is not built; run `swift build` first"),
          .timeLimit(.minutes(20)))
    func killMidBatch() async throws {
        let database = try await TestDatabase.create()
        let port = try ServerProcess.freePort()
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        let api = LiveAPI(client: client, base: "http://127.0.0.1:\(port)")
        do {
            let employees = (1...50).map { "E\($0)" }
            let batches = stride(from: 0, to: 20, by: 1).map { _ in TestPunches.make(count: 500, employees: employees) }

            // First run: 20 batches, 8 at a time; the server is killed once the first answer arrives, so
            // the others are cut in flight (some inside their INSERT).
            let first = try await ServerProcess(database: database, port: port, client: client)
            try await api.addEmployees(employees)
            let kiosk = try await api.registerKiosk()
            let answered = try await withThrowingTaskGroup(of: (Int, [ItemResult]?).self) { group in
                var next = 0
                var answered: [Int: [ItemResult]] = [:]
                var killed = false
                func launch() {
                    let index = next
                    next += 1
                    group.addTask { (index, try? await api.push(batches[index], token: kiosk.token)) }
                }
                for _ in 0..<8 { launch() }
                while let (index, results) = try await group.next() {
                    if let results { answered[index] = results }
                    if !killed, results != nil {
                        first.kill()
                        killed = true
                    }
                    if !killed, next < batches.count { launch() }
                }
                return answered
            }
            #expect(!answered.isEmpty, "at least the first batch was answered before the kill")
            for results in answered.values { #expect(results.allSatisfy { $0.outcome == .accepted }) }

            // Restart on the same database; the kiosk resends everything not acknowledged, and (to check
            // idempotence) the acknowledged batches too.
            let second = try await ServerProcess(database: database, port: port, client: client)
            var delivered: [UUID: ItemOutcome] = [:]
            for (index, batch) in batches.enumerated() {
                let results = try await api.push(batch, token: kiosk.token)
                for result in results { delivered[result.id] = result.outcome }
                if answered[index] != nil { #expect(results.allSatisfy { $0.outcome == .duplicate }) }
            }
            second.stop()
            #expect(delivered.count == 10_000)
            #expect(delivered.values.filter { !$0.isDelivered }.isEmpty)

            let counts: [Int64] = try await TestDatabase.admin(database) { connection in
                var values: [Int64] = []
                for sql in ["SELECT COUNT(*)::int8 FROM punches", "SELECT COUNT(DISTINCT id)::int8 FROM punches"] {
                    let value = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: TestDatabase.logger)
                        .decode(Int64.self).first { _ in true }
                    values.append(value ?? 0)
                }
                return values
            }
            let (total, distinct) = (counts[0], counts[1])
            #expect(total == 10_000)
            #expect(distinct == 10_000)
            print("CrashRecoveryTests: \(answered.count) of 20 batches answered before the kill; all 10000 punches stored once")
        } catch {
            try? await client.shutdown()
            throw error
        }
        try await client.shutdown()
    }
}
