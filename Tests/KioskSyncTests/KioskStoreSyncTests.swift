import Attendance
import AttendanceServer
import Foundation
import KioskStore
import KioskSync
import SyncProtocol
import Synchronization
import TestEnvironment
import Testing

@Suite("KioskSync with the real KioskStore against the real server", .timeLimit(.minutes(20)))
struct KioskStoreSyncTests {
    /// A temporary folder holding one kiosk database, removed at the end.
    final class Folder {
        let path = NSTemporaryDirectory() + "kiosk-sync-store-" + UUID().uuidString
        init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    static let utc = TimeZone(identifier: "UTC")!

    @Test("punches go up exactly once, enrolments are acknowledged, roster changes and biometric deletions come down",
          .needs(.postgres, missing: LiveServer.missing))
    func roundTrips() async throws {
        let folder = try Folder()
        let store = try await KioskStore.open(path: folder.path + "/kiosk.sqlite", options: StoreOptions(timeZone: Self.utc))
        let pinHash = try await store.pinHashText(pin: "2468")
        try await LiveServer.run { port, server in
            try await server.database.save(employee: AdminEmployee(code: "E001", name: "Ana Pérez", site: "principal", pinHash: pinHash))
            let credentials = try await server.database.registerKiosk(name: "Norte", site: "principal")
            try await store.replaceKioskID(with: credentials.kioskID)
            let refreshes = Mutex(0)
            let settings = SyncSettings(baseURL: URL(string: "http://127.0.0.1:\(port)")!, token: credentials.token,
                                        interval: .seconds(30), softwareVersion: "test")
            let client = SyncClient(settings: settings, store: store, refreshGallery: { refreshes.withLock { $0 += 1 } })

            // First round: the roster brings the employee and the PIN hash, which verifies here.
            let first = try await client.syncOnce()
            #expect(first.rosterApplied)
            #expect(refreshes.withLock { $0 } == 1)
            #expect(try await store.employee(EmployeeCode("E001"))?.name == "Ana Pérez")
            #expect(try await store.verifyPIN(code: EmployeeCode("E001"), pin: "2468") == .ok)
            #expect(try await store.rosterVersion() == (await client.state()).rosterVersion)

            // Punches recorded in the store are delivered once and marked acknowledged.
            let now = Date()
            let entry = try #require(try await store.punch(EmployeeCode("E001"), at: now.addingTimeInterval(-3600), method: .pin).punch)
            let exit = try #require(try await store.punch(EmployeeCode("E001"), at: now.addingTimeInterval(-60), method: .pin).punch)
            #expect(entry.kind == .entry && exit.kind == .exit)
            let second = try await client.syncOnce()
            #expect(second.delivered == 2 && second.rejected == 0)
            let counts = try await store.outboxCounts()
            #expect(counts.pendingPunches == 0 && counts.acknowledged == 2)
            #expect(try await store.duePunches().isEmpty)
            let third = try await client.syncOnce()
            #expect(third.delivered == 0)
            let stored = try await server.database.client.query("SELECT COUNT(*)::int8 FROM punches").decode(Int64.self).first { _ in true }
            #expect(stored == 2, "each punch exactly once on the server")

            // A face enrolled here goes up with its consent and is acknowledged.
            let consent = BiometricConsent(textVersion: "consent-es-2025-01", recordedBy: EmployeeCode("S001"))
            let vector = (0..<128).map { Float($0) * 0.002 - 0.1 }
            let ids = try await store.addTemplates(for: EmployeeCode("E001"), vectors: [vector], consent: consent)
            let fourth = try await client.syncOnce()
            #expect(fourth.enrolmentsDelivered == 1 && fourth.enrolmentsRejected == 0)
            #expect(try await store.unacknowledgedEnrolmentCount() == 0)
            let onServer = try await server.database.templates(of: "E001")
            #expect(onServer.map(\.id) == ids)
            #expect(onServer.first?.consentTextVersion == "consent-es-2025-01" && onServer.first?.consentRecordedBy == "S001")

            // A roster change made by the administrator arrives and the gallery is reloaded.
            let before = refreshes.withLock { $0 }
            try await server.database.save(employee: AdminEmployee(code: "E002", name: "Luis Gil", role: "SUPERVISOR", site: "principal"))
            try await server.database.save(employee: AdminEmployee(code: "E001", name: "Ana Pérez Ruiz", site: "principal", pinHash: pinHash))
            let fifth = try await client.syncOnce()
            #expect(fifth.rosterApplied)
            #expect(refreshes.withLock { $0 } > before)
            #expect(try await store.employee(EmployeeCode("E002"))?.role == .supervisor)
            #expect(try await store.employee(EmployeeCode("E001"))?.name == "Ana Pérez Ruiz")
            #expect(try await store.templateCount(for: EmployeeCode("E001")) == 1, "the acknowledged template is still in use")

            // A biometric deletion on the server removes the kiosk's templates, and the heartbeat confirms it.
            let beforeDeletion = refreshes.withLock { $0 }
            #expect(try await server.database.deleteBiometrics(of: "E001") == 1)
            _ = try await client.syncOnce()
            #expect(try await store.templateCount(for: EmployeeCode("E001")) == 0)
            #expect(try await store.hasBiometricConsent(EmployeeCode("E001")) == false)
            #expect(try await store.loadActiveTemplates().isEmpty)
            #expect(refreshes.withLock { $0 } > beforeDeletion)
            let deletion = try await server.database.biometricDeletions().first
            #expect(deletion?.confirmedKiosks == [credentials.kioskID])
        }
    }

    @Test("a refused gallery reload fails the round and is retried until it succeeds",
          .needs(.postgres, missing: LiveServer.missing))
    func galleryReloadIsRetried() async throws {
        let folder = try Folder()
        let store = try await KioskStore.open(path: folder.path + "/kiosk.sqlite", options: StoreOptions(timeZone: Self.utc))
        try await LiveServer.run { port, server in
            try await server.database.save(employee: AdminEmployee(code: "E001", name: "Ana", site: "principal"))
            let credentials = try await server.database.registerKiosk(name: "Sur", site: "principal")
            let attempts = Mutex(0)
            struct GalleryBroken: Error {}
            let settings = SyncSettings(baseURL: URL(string: "http://127.0.0.1:\(port)")!, token: credentials.token,
                                        interval: .seconds(30), softwareVersion: "test")
            let client = SyncClient(settings: settings, store: store, refreshGallery: {
                let attempt = attempts.withLock { $0 += 1; return $0 }
                if attempt == 1 { throw GalleryBroken() }
            })
            let error = await #expect(throws: SyncError.self) { try await client.syncOnce() }
            #expect(error?.code == .local)
            #expect(try await store.employee(EmployeeCode("E001")) != nil, "the roster itself was applied")
            let retry = try await client.syncOnce()
            #expect(!retry.rosterApplied, "nothing new on the server")
            #expect(attempts.withLock { $0 } == 2, "the failed reload was tried again")
            #expect((await client.state()).lastError == nil)
        }
    }
}
