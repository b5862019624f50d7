import Attendance
@testable import AttendanceServer
import Foundation
import KioskStore
import KioskSync
import SyncProtocol
import Synchronization
import TestEnvironment
import Testing

@Suite("One face under two codes from two offline kiosks", .timeLimit(.minutes(20)))
struct EnrolmentConflictSyncTests {
    final class Folder {
        let path = NSTemporaryDirectory() + "kiosk-conflict-" + UUID().uuidString
        init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    /// How many times a kiosk's gallery was reloaded.
    final class Counter: Sendable {
        let count = Mutex(0)
        func increment() { count.withLock { $0 += 1 } }
        var value: Int { count.withLock { $0 } }
    }

    /// One face's descriptor, and the same face seen again (0.1 away: one person at a 0.5 threshold).
    static let face = (0..<128).map { Float($0) * 0.002 - 0.1 }
    static let sameFaceAgain = face.enumerated().map { $0.offset < 4 ? $0.element + 0.05 : $0.element }
    static let sameFaceOnceMore = face.enumerated().map { $0.offset >= 124 ? $0.element - 0.05 : $0.element }
    /// Someone else (2.3 away).
    static let otherFace = face.map { -$0 }

    @Test("the server keeps the first, refuses the second with its reason; the second kiosk alarms and removes its templates",
          .needs(.postgres, missing: LiveServer.missing))
    func secondEnrolmentOfOneFaceIsRefused() async throws {
        let folder = try Folder()
        let utc = StoreOptions(timeZone: TimeZone(identifier: "UTC")!)
        let north = try await KioskStore.open(path: folder.path + "/north.sqlite", options: utc)
        let south = try await KioskStore.open(path: folder.path + "/south.sqlite", options: utc)
        try await LiveServer.run { port, server in
            try await server.database.save(employee: AdminEmployee(code: "E001", name: "Barack Obama", site: "principal"))
            try await server.database.save(employee: AdminEmployee(code: "E003", name: "Ana Pérez", site: "principal"))
            try await server.database.save(employee: AdminEmployee(code: "E004", name: "Luis Gil", site: "principal"))
            func client(_ store: KioskStore, _ name: String, refreshes: Counter) async throws -> SyncClient {
                let credentials = try await server.database.registerKiosk(name: name, site: "principal")
                try await store.replaceKioskID(with: credentials.kioskID)
                let settings = SyncSettings(baseURL: URL(string: "http://127.0.0.1:\(port)")!, token: credentials.token,
                                            interval: .seconds(30), softwareVersion: "test")
                return SyncClient(settings: settings, store: store, refreshGallery: { refreshes.increment() })
            }
            let northRefreshes = Counter(), southRefreshes = Counter()
            let northClient = try await client(north, "Norte", refreshes: northRefreshes)
            let southClient = try await client(south, "Sur", refreshes: southRefreshes)
            _ = try await northClient.syncOnce()
            _ = try await southClient.syncOnce()

            // Offline, each door enrols the same face under another code; the south door also enrols someone else.
            let consent = BiometricConsent(textVersion: "consent-2026-11", recordedBy: EmployeeCode("S001"))
            let first = try await north.addTemplates(for: EmployeeCode("E001"), vectors: [Self.face], consent: consent)
            let second = try await south.addTemplates(for: EmployeeCode("E003"), vectors: [Self.sameFaceAgain, Self.sameFaceOnceMore], consent: consent)
            let unrelated = try await south.addTemplates(for: EmployeeCode("E004"), vectors: [Self.otherFace], consent: consent)

            let northRound = try await northClient.syncOnce()
            #expect(northRound.enrolmentsDelivered == 1 && northRound.enrolmentsRejected == 0)
            let refreshesBefore = southRefreshes.value
            let southRound = try await southClient.syncOnce()
            #expect(southRound.enrolmentsDelivered == 1 && southRound.enrolmentsRejected == 2)

            // The server kept the first and refused the second, whole, naming whose face it is.
            #expect(try await server.database.templates(of: "E001").map(\.id) == first)
            #expect(try await server.database.templates(of: "E003").isEmpty)
            #expect(try await server.database.templates(of: "E004").map(\.id) == unrelated)
            let refusals = try await server.database.enrolmentRejections()
            #expect(Set(refusals.map(\.id)) == Set(second))
            #expect(refusals.allSatisfy { $0.employeeCode == "E003" && $0.matchedCode == "E001" && $0.distance < 0.5 })
            #expect(refusals.first?.reason.hasPrefix(FaceConflictReason.prefix) == true)
            let audit = try await server.database.auditLog()
            #expect(audit.map(\.action).filter { $0.hasPrefix("enrolment.") }.sorted() == ["enrolment.accept", "enrolment.accept", "enrolment.reject"])
            #expect(audit.first { $0.action == "enrolment.reject" }?.detail.contains("consent recorded by S001") == true)

            // The south door removed its templates, shows the alarm, and reloaded its gallery.
            #expect(try await south.templateCount(for: EmployeeCode("E003")) == 0)
            #expect(try await south.templateCount(for: EmployeeCode("E004")) == 1)
            let alarms = try await south.openAlarms()
            #expect(alarms.map(\.kind) == [.enrolmentRejected])
            #expect(alarms.first?.detail.contains("E003: 2 templates removed here") == true)
            #expect(alarms.first?.detail.contains("the face matches E001") == true)
            #expect(southRefreshes.value > refreshesBefore)
            #expect(try await north.openAlarms().isEmpty)

            // Sending again changes nothing: nothing is queued, and a resend would get the same refusal.
            #expect(try await southClient.syncOnce().enrolmentsRejected == 0)
            #expect(try await south.unacknowledgedEnrolmentCount() == 0)
            let wire = WireEnrolment(id: second[0], employeeCode: "E003", descriptor: Data(count: 512), enrolledAt: Date(),
                                     consent: WireConsent(id: UUID(), givenAt: Date(), recordedBy: "S001", textVersion: "x"))
            let kiosk = try #require(try await server.database.kiosks().first { $0.name == "Sur" })
            let resend = try await server.database.ingest(enrolments: [wire], from: KioskIdentity(id: kiosk.id, site: "principal"))
            #expect(resend.first?.outcome == .rejected && FaceConflictReason.isFaceConflict(resend.first?.reason))

            // An administrator's override needs a reason; with one, the templates reach the site again.
            await #expect(throws: (any Error).self) {
                try await server.database.acceptRejectedEnrolment(second[0], by: "admin", reason: "  ")
            }
            #expect(try await server.database.acceptRejectedEnrolment(second[0], by: "admin",
                                                                      reason: "identical twins, checked in person") == 2)
            #expect(try await server.database.auditLog().first?.action == "enrolment.override")
            #expect(try await server.database.auditLog().first?.actor == "admin")
            _ = try await southClient.syncOnce()
            #expect(try await south.templateCount(for: EmployeeCode("E003")) == 2)
        }
    }
}
