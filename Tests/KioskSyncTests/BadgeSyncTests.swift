import Attendance
import AttendanceServer
import Foundation
import KioskStore
import KioskSync
import TestEnvironment
import Testing

@Suite("Badges from the server's roster to a real KioskStore", .timeLimit(.minutes(20)))
struct BadgeSyncTests {
    @Test("a badge saved on the server finds its owner at the kiosk after a sync, and wins over a local holder",
          .needs(.postgres, missing: LiveServer.missing))
    func badgeArrivesAndWins() async throws {
        let folder = try KioskStoreSyncTests.Folder()
        let store = try await KioskStore.open(path: folder.path + "/kiosk.sqlite",
                                              options: StoreOptions(timeZone: KioskStoreSyncTests.utc))
        try await LiveServer.run { port, server in
            try await server.database.save(employee: AdminEmployee(code: "E001", name: "Ana", site: "principal", badge: "0004521337"))
            try await server.database.save(employee: AdminEmployee(code: "E002", name: "Luis", site: "principal"))
            let credentials = try await server.database.registerKiosk(name: "Norte", site: "principal")
            try await store.replaceKioskID(with: credentials.kioskID)
            let settings = SyncSettings(baseURL: URL(string: "http://127.0.0.1:\(port)")!, token: credentials.token,
                                        interval: .seconds(30), softwareVersion: "test")
            let client = SyncClient(settings: settings, store: store, refreshGallery: {})

            #expect(try await client.syncOnce().rosterApplied)
            #expect(try await store.employeeCode(forBadge: "0004521337") == EmployeeCode("E001"))

            // E002 got a badge at this kiosk; the server then gives that number to E001.
            try await store.setBadge(code: EmployeeCode("E002"), number: "LOCAL999")
            try await server.database.save(employee: AdminEmployee(code: "E001", name: "Ana", site: "principal", badge: "LOCAL999"))
            #expect(try await client.syncOnce().rosterApplied)
            #expect(try await store.employeeCode(forBadge: "LOCAL999") == EmployeeCode("E001"))
            #expect(try await store.employeeCode(forBadge: "0004521337") == nil)
        }
    }
}
