import APIContract
import AsyncHTTPClient
public import Foundation
import HTTPTypes
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
import SyncProtocol
import Synchronization

/// Measures the server through its HTTP API, on a server already running (e.g. `asistencia-server` on
/// 127.0.0.1 with an empty database) and its admin token.
///
/// For example:
/// ```swift
/// let result = try await ServerBenchmark(baseURL: "http://127.0.0.1:8080", adminToken: token).run()
/// print(result.table)
/// ```
public struct ServerBenchmark: Sendable {
    /// What was measured.
    public struct Result: Sendable {
        /// Punches ingested per second with `kiosks` concurrent kiosks pushing batches of 500.
        public var ingestPerSecond: Double
        /// Concurrent kiosks in the ingest run.
        public var kiosks: Int
        /// Punches in the ingest run.
        public var ingestPunches: Int
        /// Seconds one kiosk took to drain its queue of `drainPunches`.
        public var drainSeconds: Double
        /// Punches drained.
        public var drainPunches: Int
        /// Seconds of a full roster pull (`since=0`).
        public var rosterSeconds: Double
        /// Employees and templates in that roster.
        public var rosterEmployees: Int
        /// Templates in that roster.
        public var rosterTemplates: Int
        /// Bytes of that roster's JSON.
        public var rosterBytes: Int

        /// A plain-text table of the numbers and their targets.
        public var table: String {
            func f(_ v: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", v) }
            return """
                measure                                   value        target
                ingest, \(kiosks) kiosks (\(ingestPunches) punches)    \(f(ingestPerSecond, 0)) /s      ≥ 5000 /s
                drain \(drainPunches) queued punches, 1 kiosk     \(f(drainSeconds, 2)) s       ≤ 20 s
                roster pull \(rosterEmployees) employees, \(rosterTemplates) templates  \(f(rosterSeconds, 2)) s (\(rosterBytes / 1024) KiB)
                """
        }
    }

    /// The server, e.g. `http://127.0.0.1:8080`.
    public var baseURL: String
    /// The administrator token (seeded from `ASISTENCIA_ADMIN_TOKEN`).
    public var adminToken: String
    /// Concurrent kiosks for the ingest run.
    public var kiosks: Int
    /// Punches per kiosk in the ingest run.
    public var punchesPerKiosk: Int
    /// Punches in the drain run.
    public var drainPunches: Int
    /// Employees in the roster run (each with `templatesPerEmployee` templates).
    public var rosterEmployees: Int
    /// Templates per employee in the roster run.
    public var templatesPerEmployee: Int

    /// Makes a benchmark with the sizes by default.
    public init(baseURL: String, adminToken: String, kiosks: Int = 10, punchesPerKiosk: Int = 10_000,
                drainPunches: Int = 100_000, rosterEmployees: Int = 10_000, templatesPerEmployee: Int = 3) {
        self.baseURL = baseURL
        self.adminToken = adminToken
        self.kiosks = kiosks
        self.punchesPerKiosk = punchesPerKiosk
        self.drainPunches = drainPunches
        self.rosterEmployees = rosterEmployees
        self.templatesPerEmployee = templatesPerEmployee
    }

    /// Runs the three measurements (it creates a site `bench-<random>`, its employees and kiosks) through the
    /// contract's generated client.
    public func run() async throws -> Result {
        guard let url = URL(string: baseURL) else { throw BenchmarkError(message: "'\(baseURL)' is not a URL") }
        let http = HTTPClient(eventLoopGroupProvider: .singleton)
        let transport = AsyncHTTPClientTransport(configuration: .init(client: http, timeout: .seconds(300)))
        let byteCounter = ResponseBytes()
        func client(_ token: String) -> Client {
            Client(serverURL: url, configuration: .contract, transport: transport, middlewares: [BearerTokenMiddleware(token: token), byteCounter])
        }
        do {
            let result = try await measure(admin: client(adminToken), kiosk: client, rosterBytes: byteCounter)
            try await http.shutdown()
            return result
        } catch {
            try? await http.shutdown()
            throw error
        }
    }

    private func measure(admin: Client, kiosk client: (String) -> Client, rosterBytes: ResponseBytes) async throws -> Result {
        let site = "bench-" + String(UUID().uuidString.prefix(8)).lowercased()
        _ = try await admin.saveSite(.init(body: .json(.init(id: site, name: site)))).created
        let codes = (0..<rosterEmployees).map { "\(site)-\($0)" }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for chunk in stride(from: 0, to: codes.count, by: codes.count / 8 + 1) {
                let part = codes[chunk..<min(chunk + codes.count / 8 + 1, codes.count)]
                group.addTask {
                    for code in part {
                        _ = try await admin.createEmployee(.init(body: .json(.init(code: code, name: "Bench \(code)", role: .colaborador,
                                                                                  site: site, active: true)))).created
                    }
                }
            }
            try await group.waitForAll()
        }
        var credentials: [KioskCredentials] = []
        for index in 0...kiosks {
            let created = try await admin.createKiosk(.init(body: .json(.init(name: "bench \(index)", site: site)))).created
            credentials.append(KioskCredentials(try created.body.json))
        }
        let punchCodes = Array(codes.prefix(1000))

        // Ingest: `kiosks` kiosks push at once.
        let ingestStart = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for kiosk in credentials.prefix(kiosks) {
                let api = client(kiosk.token)
                group.addTask { try await push(api, count: punchesPerKiosk, codes: punchCodes, kiosk: kiosk) }
            }
            try await group.waitForAll()
        }
        let ingestSeconds = Self.seconds(ContinuousClock.now - ingestStart)

        // Drain: one kiosk, its whole queue, batch after batch.
        let drainStart = ContinuousClock.now
        try await push(client(credentials[kiosks].token), count: drainPunches, codes: punchCodes, kiosk: credentials[kiosks])
        let drainSeconds = Self.seconds(ContinuousClock.now - drainStart)

        // Roster: templates enrolled for every employee, then one full pull.
        let first = client(credentials[0].token)
        var enrolments: [WireEnrolment] = []
        let descriptor = Data(repeating: 0x3f, count: 512)
        for code in codes {
            for _ in 0..<templatesPerEmployee {
                enrolments.append(WireEnrolment(id: UUID(), employeeCode: code, descriptor: descriptor, enrolledAt: Date(),
                                                consent: WireConsent(id: UUID(), givenAt: Date(), recordedBy: "bench", textVersion: "bench")))
            }
        }
        for start in stride(from: 0, to: enrolments.count, by: SyncAPI.maxBatchSize) {
            let batch = enrolments[start..<min(start + SyncAPI.maxBatchSize, enrolments.count)].map(Components.Schemas.WireEnrolment.init)
            _ = try await first.pushEnrolments(.init(body: .json(.init(enrolments: batch)))).ok
        }
        rosterBytes.reset()
        let rosterStart = ContinuousClock.now
        let roster = try await first.pullRoster(.init(query: .init(since: 0))).ok.body.json
        let rosterSeconds = Self.seconds(ContinuousClock.now - rosterStart)

        return Result(ingestPerSecond: Double(kiosks * punchesPerKiosk) / ingestSeconds, kiosks: kiosks,
                      ingestPunches: kiosks * punchesPerKiosk, drainSeconds: drainSeconds, drainPunches: drainPunches,
                      rosterSeconds: rosterSeconds, rosterEmployees: roster.employees.count, rosterTemplates: roster.templates.count,
                      rosterBytes: rosterBytes.total())
    }

    /// Pushes `count` new punches as `kiosk`, batches of 500, one after another.
    private func push(_ api: Client, count: Int, codes: [String], kiosk: KioskCredentials) async throws {
        let start = Date()
        var sent = 0
        while sent < count {
            let size = min(SyncAPI.maxBatchSize, count - sent)
            let punches = (0..<size).map { offset in
                let index = sent + offset
                return Components.Schemas.WirePunch(WirePunch(
                    id: UUID(), kioskID: kiosk.kioskID, sequence: Int64(index + 1), employeeCode: codes[index % codes.count],
                    instant: start.addingTimeInterval(Double(index)),
                    localDate: String(RFC3339.string(from: start.addingTimeInterval(Double(index))).prefix(10)), kind: index % 2 == 0 ? "IN" : "OUT",
                    method: "face", matchDistance: 0.3))
            }
            let results = try await api.pushPunches(.init(body: .json(.init(punches: punches)))).ok.body.json.results
            guard results.allSatisfy({ $0.outcome == .accepted }) else {
                throw BenchmarkError(message: "a benchmark batch was not fully accepted: \(results.first { $0.outcome != .accepted }!)")
            }
            sent += size
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    struct BenchmarkError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Counts the bytes of answers (the roster's size on the wire).
    final class ResponseBytes: ClientMiddleware {
        private let count = Mutex(0)

        func intercept(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
                       next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?))
        async throws -> (HTTPResponse, HTTPBody?) {
            let (response, answer) = try await next(request, body, baseURL)
            guard let answer else { return (response, nil) }
            let bytes = try await [UInt8](collecting: answer, upTo: 512 << 20)
            count.withLock { $0 += bytes.count }
            return (response, HTTPBody(bytes))
        }

        func reset() { count.withLock { $0 = 0 } }
        func total() -> Int { count.withLock { $0 } }
    }
}
