import AsyncHTTPClient
public import Foundation
import NIOCore
import NIOHTTP1
import SyncProtocol

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

    /// Runs the three measurements (it creates a site `bench-<random>`, its employees and kiosks).
    public func run() async throws -> Result {
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        do {
            let result = try await measure(client)
            try await client.shutdown()
            return result
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    private func measure(_ client: HTTPClient) async throws -> Result {
        let site = "bench-" + String(UUID().uuidString.prefix(8)).lowercased()
        try await send(client, .POST, "/api/v1/admin/sites", token: adminToken, body: AdminSite(id: site, name: site))
        let codes = (0..<rosterEmployees).map { "\(site)-\($0)" }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for chunk in stride(from: 0, to: codes.count, by: codes.count / 8 + 1) {
                let part = codes[chunk..<min(chunk + codes.count / 8 + 1, codes.count)]
                group.addTask {
                    for code in part {
                        try await send(client, .POST, "/api/v1/admin/employees", token: adminToken,
                                       body: AdminEmployee(code: code, name: "Bench \(code)", site: site))
                    }
                }
            }
            try await group.waitForAll()
        }
        var credentials: [KioskCredentials] = []
        for index in 0...kiosks {
            let data = try await send(client, .POST, "/api/v1/admin/kiosks", token: adminToken,
                                      body: KioskEnrolmentRequest(name: "bench \(index)", site: site))
            credentials.append(try SyncCoding.decoder().decode(KioskCredentials.self, from: data))
        }
        let punchCodes = Array(codes.prefix(1000))

        // Ingest: `kiosks` kiosks push at once.
        let ingestStart = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for kiosk in credentials.prefix(kiosks) {
                group.addTask {
                    try await push(client, count: punchesPerKiosk, codes: punchCodes, kiosk: kiosk)
                }
            }
            try await group.waitForAll()
        }
        let ingestSeconds = Self.seconds(ContinuousClock.now - ingestStart)

        // Drain: one kiosk, its whole queue, batch after batch.
        let drainStart = ContinuousClock.now
        try await push(client, count: drainPunches, codes: punchCodes, kiosk: credentials[kiosks])
        let drainSeconds = Self.seconds(ContinuousClock.now - drainStart)

        // Roster: templates enrolled for every employee, then one full pull.
        var enrolments: [WireEnrolment] = []
        let descriptor = Data(repeating: 0x3f, count: 512)
        for code in codes {
            for _ in 0..<templatesPerEmployee {
                enrolments.append(WireEnrolment(id: UUID(), employeeCode: code, descriptor: descriptor, enrolledAt: Date(),
                                                consent: WireConsent(id: UUID(), givenAt: Date(), recordedBy: "bench", textVersion: "bench")))
            }
        }
        for start in stride(from: 0, to: enrolments.count, by: SyncAPI.maxBatchSize) {
            let batch = EnrolmentBatch(enrolments: Array(enrolments[start..<min(start + SyncAPI.maxBatchSize, enrolments.count)]))
            try await send(client, .POST, SyncAPI.enrolmentsPath, token: credentials[0].token, body: batch)
        }
        let rosterStart = ContinuousClock.now
        let rosterData = try await send(client, .GET, SyncAPI.rosterPath + "?since=0", token: credentials[0].token, body: String?.none)
        let roster = try SyncCoding.decoder().decode(RosterDelta.self, from: rosterData)
        let rosterSeconds = Self.seconds(ContinuousClock.now - rosterStart)

        return Result(ingestPerSecond: Double(kiosks * punchesPerKiosk) / ingestSeconds, kiosks: kiosks,
                      ingestPunches: kiosks * punchesPerKiosk, drainSeconds: drainSeconds, drainPunches: drainPunches,
                      rosterSeconds: rosterSeconds, rosterEmployees: roster.employees.count, rosterTemplates: roster.templates.count,
                      rosterBytes: rosterData.count)
    }

    /// Pushes `count` new punches as `kiosk`, batches of 500, one after another.
    private func push(_ client: HTTPClient, count: Int, codes: [String], kiosk: KioskCredentials) async throws {
        let start = Date()
        var sent = 0
        while sent < count {
            let size = min(SyncAPI.maxBatchSize, count - sent)
            let punches = (0..<size).map { offset in
                let index = sent + offset
                return WirePunch(id: UUID(), kioskID: kiosk.kioskID, sequence: Int64(index + 1), employeeCode: codes[index % codes.count],
                                 instant: start.addingTimeInterval(Double(index)), localDate: "2024-06-03",
                                 kind: index % 2 == 0 ? "IN" : "OUT", method: "face", matchDistance: 0.3)
            }
            let data = try await send(client, .POST, SyncAPI.punchesPath, token: kiosk.token, body: PunchBatch(punches: punches))
            let results = try SyncCoding.decoder().decode(BatchResult.self, from: data).results
            guard results.allSatisfy({ $0.outcome == .accepted }) else {
                throw BenchmarkError(message: "a benchmark batch was not fully accepted: \(results.first { $0.outcome != .accepted }!)")
            }
            sent += size
        }
    }

    @discardableResult
    private func send(_ client: HTTPClient, _ method: HTTPMethod, _ path: String, token: String, body: (some Encodable)?) async throws -> Data {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = method
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: try SyncCoding.encoder().encode(body)))
        }
        let response = try await client.execute(request, timeout: .seconds(300))
        let bytes = try await response.body.collect(upTo: 512 << 20)
        guard (200..<300).contains(response.status.code) else {
            throw BenchmarkError(message: "\(method) \(path) answered \(response.status): \(String(buffer: bytes))")
        }
        return Data(bytes.readableBytesView)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    struct BenchmarkError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
