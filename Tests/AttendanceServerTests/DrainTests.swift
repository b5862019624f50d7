import AsyncHTTPClient
import AttendanceServer
import Foundation
import SyncProtocol
import TestEnvironment
import Testing

/// A queue of several batches drains whole, each punch stored once. The 100,000-punch drain and its time are
/// `asistencia-server bench URL`'s "drain" row (ServerBenchmark), not a test.
@Suite("Draining a long offline queue", .timeLimit(.minutes(20)))
struct DrainTests {
    /// Four full batches of `SyncAPI.maxBatchSize` (500), so the queue crosses batch boundaries.
    static let queued = 2_000

    @Test("2,000 queued punches drain through the HTTP API in batches of 500, each stored once",
          .needs(.postgres, missing: TestDatabase.missing))
    func drainQueue() async throws {
        try await withLiveTestServer { _, server, port in
            let client = HTTPClient(eventLoopGroupProvider: .singleton)
            let api = LiveAPI(client: client, base: "http://127.0.0.1:\(port)")
            do {
                let employees = (1...200).map { "E\($0)" }
                try await api.addEmployees(employees)
                let kiosk = try await api.registerKiosk()
                let queue = TestPunches.make(count: Self.queued, employees: employees)
                var accepted = 0
                var offset = 0
                while offset < queue.count {
                    let batch = Array(queue[offset..<min(offset + SyncAPI.maxBatchSize, queue.count)])
                    let results = try await api.push(batch, token: kiosk.token)
                    #expect(results.count == batch.count)
                    accepted += results.filter { $0.outcome == .accepted }.count
                    offset += batch.count
                }
                #expect(accepted == Self.queued)
                let stored = try await server.database.client.query("SELECT COUNT(*)::int8 FROM punches")
                    .decode(Int64.self).first { _ in true }
                #expect(stored == Int64(Self.queued))
            } catch {
                try? await client.shutdown()
                throw error
            }
            try await client.shutdown()
        }
    }
}
