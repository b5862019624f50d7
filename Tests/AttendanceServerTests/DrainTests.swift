import AsyncHTTPClient
import AttendanceServer
import Foundation
import SyncProtocol
import Testing

@Suite("Draining a long offline queue")
struct DrainTests {
    @Test("100,000 queued punches drain through the HTTP API in batches of 500, each stored once",
          .enabled(if: TestDatabase.available, "because ASISTENCIA_TEST_DATABASE_URL is not set"))
    func drain100k() async throws {
        try await withLiveTestServer { _, server, port in
            let client = HTTPClient(eventLoopGroupProvider: .singleton)
            let api = LiveAPI(client: client, base: "http://127.0.0.1:\(port)")
            do {
                let employees = (1...200).map { "E\($0)" }
                try await api.addEmployees(employees)
                let kiosk = try await api.registerKiosk()
                let queue = TestPunches.make(count: 100_000, employees: employees)
                var accepted = 0
                var offset = 0
                while offset < queue.count {
                    let batch = Array(queue[offset..<min(offset + SyncAPI.maxBatchSize, queue.count)])
                    let results = try await api.push(batch, token: kiosk.token)
                    #expect(results.count == batch.count)
                    accepted += results.filter { $0.outcome == .accepted }.count
                    offset += batch.count
                }
                #expect(accepted == 100_000)
                let stored = try await server.database.client.query("SELECT COUNT(*)::int8 FROM punches")
                    .decode(Int64.self).first { _ in true }
                #expect(stored == 100_000)
            } catch {
                try? await client.shutdown()
                throw error
            }
            try await client.shutdown()
        }
    }
}
