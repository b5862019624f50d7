import Attendance
import AttendanceServer
import Foundation
import KioskStore
import KioskSync
import SyncProtocol
import Synchronization
import TestEnvironment
import Testing

@Suite("KioskSync against the real server", .timeLimit(.minutes(20)))
struct SyncClientTests {
    static func punches(_ count: Int, kioskID: String, employees: [String]) -> [Punch] {
        let start = Date(timeIntervalSince1970: 1_717_398_000)
        let day = LocalDate(year: 2024, month: 6, day: 3)
        var punches: [Punch] = []
        for index in 0..<count {
            let employee = EmployeeCode(employees[index % employees.count])
            let instant = start.addingTimeInterval(Double(index) * 60)
            let kind: PunchKind = index % 2 == 0 ? .entry : .exit
            punches.append(Punch(kioskID: kioskID, sequence: Int64(index + 1), employee: employee, instant: instant,
                                 localDate: day, kind: kind, method: .face, matchDistance: 0.3))
        }
        return punches
    }

    @Test("pushes the outbox in batches, marks every punch acknowledged, pulls the roster and refreshes the gallery",
          .needs(.postgres, missing: LiveServer.missing))
    func pushAndPull() async throws {
        try await LiveServer.run { port, server in
            for code in ["E001", "E002"] {
                try await server.database.save(employee: AdminEmployee(code: code, name: "Empleado \(code)", site: "principal"))
            }
            let credentials = try await server.database.registerKiosk(name: "Norte", site: "principal")
            var punches = Self.punches(1_200, kioskID: credentials.kioskID, employees: ["E001", "E002"])
            punches[5].employee = EmployeeCode("GHOST")
            let store = MemorySyncStore(punches: punches)
            let refreshes = Mutex(0)
            let settings = SyncSettings(baseURL: URL(string: "http://127.0.0.1:\(port)")!, token: credentials.token,
                                        interval: .seconds(30), softwareVersion: "test")
            let client = SyncClient(settings: settings, store: store, refreshGallery: { refreshes.withLock { $0 += 1 } },
                                    camera: { "replay" })
            let report = try await client.syncOnce()
            #expect(report.delivered == 1_199)
            #expect(report.rejected == 1)
            #expect(report.rosterApplied)
            #expect(await store.count(.acknowledged) == 1_199)
            #expect(await store.count(.pending) == 1, "the rejected punch is kept for a later retry")
            #expect(refreshes.withLock { $0 } == 1)
            let applied = await store.applied
            #expect(applied.first?.employees.map(\.code) == ["E001", "E002"])
            let state = await client.state()
            #expect(state.lastSuccess != nil && state.lastError == nil)
            #expect(state.queued == 1)
            #expect(state.rosterVersion == applied.first?.version)
            #expect(abs(state.clockSkewSeconds ?? 99) < 5, "same machine: the Date header is within a few seconds")
            let stored = try await server.database.client.query("SELECT COUNT(*)::int8 FROM punches").decode(Int64.self).first { _ in true }
            #expect(stored == 1_199)

            // The heartbeat told the server which roster version this kiosk applied.
            let kiosks = try await server.database.kiosks()
            #expect(kiosks.first?.appliedRosterVersion == state.rosterVersion)
            #expect(kiosks.first?.camera == "replay")

            // Nothing new: a second round delivers nothing and leaves the gallery alone.
            let again = try await client.syncOnce()
            #expect(again.delivered == 0 && !again.rosterApplied)
            #expect(refreshes.withLock { $0 } == 1)
        }
    }

    @Test("a refused token or an unreachable server is recorded and nothing is marked delivered",
          .needs(.postgres, missing: LiveServer.missing))
    func failures() async throws {
        try await LiveServer.run { port, server in
            try await server.database.save(employee: AdminEmployee(code: "E001", name: "Ana", site: "principal"))
            let store = MemorySyncStore(punches: Self.punches(10, kioskID: "k", employees: ["E001"]))
            let wrong = SyncSettings(baseURL: URL(string: "http://127.0.0.1:\(port)")!, token: "wrong", interval: .seconds(30),
                                     softwareVersion: "test")
            let client = SyncClient(settings: wrong, store: store, refreshGallery: {})
            let error = await #expect(throws: SyncError.self) { try await client.syncOnce() }
            #expect(error?.code == .unauthorized)
            #expect(error?.message(in: .es).contains("registr") == true)
            #expect(await store.count(.acknowledged) == 0)
            #expect(await store.count(.pending) == 10)
            let state = await client.state()
            #expect(state.consecutiveFailures == 1 && state.lastError != nil)

            let closedPort = SyncSettings(baseURL: URL(string: "http://127.0.0.1:1")!, token: "x", interval: .seconds(30),
                                          softwareVersion: "test")
            let offline = SyncClient(settings: closedPort, store: store, refreshGallery: {})
            let unreachable = await #expect(throws: SyncError.self) { try await offline.syncOnce() }
            #expect(unreachable?.code == .unreachable)
            #expect(await store.count(.pending) == 10, "an unanswered batch goes back to pending")
        }
    }
}
