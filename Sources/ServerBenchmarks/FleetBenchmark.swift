import APIContract
import AsyncHTTPClient
public import Foundation
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
import SyncProtocol
import Synchronization

/// Many kiosks against one running server, as a fleet behaves: each simulated door sends a heartbeat, a small
/// punch batch and a roster pull every `interval`, starting at a random moment of the first interval. Prints
/// p50/p99 latency per operation and the punches stored per second.
///
/// For example (`asistencia-server bench-fleet URL KIOSKS SECONDS`):
/// ```swift
/// let result = try await FleetBenchmark(baseURL: "http://127.0.0.1:8080", adminToken: token, kiosks: 1000).run()
/// print(result.table)
/// ```
public struct FleetBenchmark: Sendable {
    /// What was measured.
    public struct Result: Sendable {
        /// Latencies in seconds per operation, sorted.
        public var latencies: [String: [Double]]
        /// Kiosks simulated.
        public var kiosks: Int
        /// Seconds the load ran.
        public var seconds: Double
        /// Punches the server accepted.
        public var punches: Int
        /// Requests that failed (any error or non-2xx).
        public var failures: Int

        /// A plain-text table, one line per operation, beside the goal (p99 ≤ 100 ms).
        public var table: String {
            func percentile(_ values: [Double], _ p: Double) -> Double {
                values.isEmpty ? .nan : values[min(values.count - 1, Int((Double(values.count - 1) * p).rounded()))]
            }
            var lines = ["\(kiosks) kiosks, \(Int(seconds)) s: \(punches) punches stored (\(String(format: "%.0f", Double(punches) / seconds))/s), \(failures) failed requests",
                         "operation        requests   p50 ms   p99 ms   goal p99"]
            for name in latencies.keys.sorted() {
                let values = latencies[name] ?? []
                lines.append(name.padding(toLength: 16, withPad: " ", startingAt: 0)
                             + String(format: " %8d %8.1f %8.1f   ", values.count, percentile(values, 0.5) * 1000, percentile(values, 0.99) * 1000)
                             + (name == FleetBenchmark.firstPull ? "(joining; before the clock)" : "≤ 100 ms"))
            }
            return lines.joined(separator: "\n")
        }
    }

    /// The line of each door's first, whole-roster pull.
    static let firstPull = "roster, first"

    public var baseURL: String
    public var adminToken: String
    public var kiosks: Int
    public var seconds: Double
    /// Each door's round: heartbeat, punches, roster pull (a real kiosk's default is 30 s).
    public var interval: Double
    /// Punches per batch.
    public var punchesPerBatch: Int

    public init(baseURL: String, adminToken: String, kiosks: Int, seconds: Double = 60, interval: Double = 30, punchesPerBatch: Int = 2) {
        self.baseURL = baseURL
        self.adminToken = adminToken
        self.kiosks = kiosks
        self.seconds = seconds
        self.interval = interval
        self.punchesPerBatch = punchesPerBatch
    }

    /// Registers the doors (one site, 1,000 employees), gives each its whole roster, runs the load, returns the
    /// latencies.
    public func run() async throws -> Result {
        guard let url = URL(string: baseURL) else { throw ServerBenchmark.BenchmarkError(message: "'\(baseURL)' is not a URL") }
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: 64)
        let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        defer { Task { try? await http.shutdown() } }
        let transport = AsyncHTTPClientTransport(configuration: .init(client: http, timeout: .seconds(60)))
        let admin = Client(serverURL: url, configuration: .contract, transport: transport, middlewares: [BearerTokenMiddleware(token: adminToken)])
        let site = "fleet-" + String(UUID().uuidString.prefix(8)).lowercased()
        _ = try await admin.saveSite(.init(body: .json(.init(id: site, name: site)))).created
        let codes = (0..<1000).map { "\(site)-\($0)" }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for part in stride(from: 0, to: codes.count, by: 125).map({ codes[$0..<min($0 + 125, codes.count)] }) {
                group.addTask {
                    for code in part {
                        _ = try await admin.createEmployee(.init(body: .json(.init(code: code, name: "Fleet \(code)", role: .colaborador,
                                                                                  site: site, active: true)))).created
                    }
                }
            }
            try await group.waitForAll()
        }
        var doors: [KioskCredentials] = []
        for index in 0..<kiosks {
            doors.append(KioskCredentials(try await admin.createKiosk(.init(body: .json(.init(name: "fleet \(index)", site: site)))).created.body.json))
        }
        let recorder = Recorder()
        // Each door's first pull is the whole roster, as when it joins; a fleet at work has its rosters, so these
        // come before the clock starts (16 at a time) and are reported on their own line, without a goal.
        var joinedDoors: [Int: (version: Int64, cursor: Int64)] = [:]
        for chunk in stride(from: 0, to: doors.count, by: 16) {
            await withTaskGroup(of: (index: Int, version: Int64, cursor: Int64)?.self) { group in
                for index in chunk..<min(chunk + 16, doors.count) {
                    let token = doors[index].token
                    group.addTask {
                        let api = Client(serverURL: url, configuration: .contract, transport: transport,
                                         middlewares: [BearerTokenMiddleware(token: token)])
                        var joined: (index: Int, version: Int64, cursor: Int64)?
                        await recorder.measure(Self.firstPull) {
                            guard case .ok(let answer) = try await api.pullRoster(.init(query: .init(since: 0))) else { return false }
                            let delta = try answer.body.json
                            joined = (index, delta.version, delta.punchesCursor)
                            return true
                        }
                        return joined
                    }
                }
                for await case let joined? in group { joinedDoors[joined.index] = (joined.version, joined.cursor) }
            }
        }
        let starts = joinedDoors
        let clock = ContinuousClock()
        let end = clock.now + .milliseconds(Int(seconds * 1000))
        let (interval, punchesPerBatch) = (self.interval, self.punchesPerBatch)
        await withTaskGroup(of: Void.self) { group in
            for (index, door) in doors.enumerated() {
                group.addTask {
                    let api = Client(serverURL: url, configuration: .contract, transport: transport,
                                     middlewares: [BearerTokenMiddleware(token: door.token)])
                    var sequence: Int64 = 0
                    var version = starts[index]?.version ?? 0
                    var punchCursor = starts[index]?.cursor ?? 0
                    try? await Task.sleep(for: .milliseconds(Int(Double.random(in: 0..<interval) * 1000)))
                    while clock.now < end {
                        let roundStart = clock.now
                        await recorder.measure("heartbeat") {
                            let heartbeat = Components.Schemas.Heartbeat(softwareVersion: "bench", rosterVersion: version, camera: "ok",
                                                                         queueDepth: 0, clock: Date())
                            if case .ok = try await api.sendHeartbeat(.init(body: .json(heartbeat))) { return true }
                            return false
                        }
                        await recorder.measure("punches") {
                            let punches = (0..<punchesPerBatch).map { offset in
                                let instant = Date()
                                sequence += 1
                                return Components.Schemas.WirePunch(WirePunch(
                                    id: UUID(), kioskID: door.kioskID, sequence: sequence, employeeCode: codes[(index * 7 + offset) % codes.count],
                                    instant: instant, localDate: String(RFC3339.string(from: instant).prefix(10)),
                                    kind: sequence % 2 == 1 ? "IN" : "OUT", method: "face", matchDistance: 0.3))
                            }
                            guard case .ok(let answer) = try await api.pushPunches(.init(body: .json(.init(punches: punches)))) else { return false }
                            let accepted = try answer.body.json.results.filter { $0.outcome == .accepted }.count
                            recorder.stored.withLock { $0 += accepted }
                            return accepted == punches.count
                        }
                        await recorder.measure("roster") {
                            guard case .ok(let answer) = try await api.pullRoster(.init(query: .init(since: version, punchesSince: punchCursor)))
                            else { return false }
                            let delta = try answer.body.json
                            version = delta.version
                            punchCursor = delta.punchesCursor
                            return true
                        }
                        let next = roundStart + .milliseconds(Int(interval * 1000))
                        if next < end { try? await Task.sleep(until: next, clock: clock) } else { break }
                    }
                }
            }
        }
        return Result(latencies: recorder.samples.withLock { $0 }.mapValues { $0.sorted() }, kiosks: kiosks, seconds: seconds,
                      punches: recorder.stored.withLock { $0 }, failures: recorder.failures.withLock { $0 })
    }

    /// The doors' shared tallies.
    final class Recorder: Sendable {
        let samples = Mutex<[String: [Double]]>([:])
        let stored = Mutex(0)
        let failures = Mutex(0)

        /// Times `work`, counted as a failure when it throws or answers false.
        func measure(_ name: String, _ work: () async throws -> Bool) async {
            let clock = ContinuousClock()
            let start = clock.now
            let ok = (try? await work()) ?? false
            let elapsed = start.duration(to: clock.now)
            samples.withLock { $0[name, default: []].append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18) }
            if !ok { failures.withLock { $0 += 1 } }
        }
    }
}
