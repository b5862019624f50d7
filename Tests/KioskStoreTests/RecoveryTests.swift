import Foundation
import Testing
import GRDB
import Attendance
@testable import KioskStore

@Suite("Corrupt database recovery")
struct RecoveryTests {
    @Test func aFileThatIsNotSQLiteIsMovedAsideAndTheDoorKeepsWorking() async throws {
        let fixture = try StoreFixture()
        let garbage = Data(String(repeating: "this is not a database, it is a shopping list\n", count: 200).utf8)
        try garbage.write(to: URL(fileURLWithPath: fixture.databasePath))
        let store = try await fixture.open(now: at(monday, 6))
        let recovery = try #require(store.openReport.recovery)
        #expect(recovery.movedTo == fixture.databasePath + ".corrupt-20250303T060000Z")
        #expect(try Data(contentsOf: URL(fileURLWithPath: recovery.movedTo)) == garbage, "the old file is kept as it was")
        #expect(recovery.salvaged.isEmpty)
        #expect(store.openReport.createdDatabase)
        let alarms = try await store.openAlarms()
        #expect(alarms.map(\.id) == [recovery.alarmID])
        #expect(alarms.first?.kind == .databaseRecovered)
        #expect(alarms.first?.detail.contains(recovery.movedTo) == true)
        #expect(AlarmKind.databaseRecovered.title(in: .es).contains("dañada"))
        // The fresh database takes punches at once.
        _ = try await store.seed(demo: true)
        #expect(try await store.punch(EmployeeCode("E001"), at: at(monday, 8), method: .face).punch != nil)
        // The alarm survives a restart until a technician acknowledges it.
        let reopened = try await fixture.open()
        #expect(reopened.openReport.recovery == nil)
        #expect(try await reopened.openAlarms().count == 1)
        #expect(try await reopened.acknowledgeAlarm(id: recovery.alarmID, by: EmployeeCode("T001")))
        #expect(try await reopened.openAlarms().isEmpty)
    }

    @Test func aDamagedPageIsDetectedAndPunchesPINsAndTemplatesAreSalvaged() async throws {
        let fixture = try StoreFixture()
        var punchIDs: [UUID] = []
        let kioskID: String
        do {
            let store = try await fixture.seeded()
            kioskID = store.openReport.kioskID
            try await store.setPIN(code: EmployeeCode("S001"), pin: "246810")
            try await store.addTemplates(for: EmployeeCode("E001"), vectors: [vector(9)],
                                         consent: BiometricConsent(textVersion: "v1", recordedBy: EmployeeCode("S001")))
            for (i, code) in ["E001", "E002", "E003"].enumerated() {
                let p = try await store.punch(EmployeeCode(code), at: at(monday, 8, i), method: .face)
                punchIDs.append(try #require(p.punch?.id))
            }
            try await store.markOutbox([punchIDs[0]], kind: .punch, as: .acknowledged)
            let page = try await store.dbPool.writeWithoutTransaction { db -> (Int, Int) in
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                let root = try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'punch_on_employeeCode_instantMs'")!
                return (root, try Int.fetchOne(db, sql: "PRAGMA page_size")!)
            }
            try store.dbPool.close()
            // Scribble over the index's page: quick_check fails, the tables themselves stay readable.
            let handle = try FileHandle(forUpdating: URL(fileURLWithPath: fixture.databasePath))
            try handle.seek(toOffset: UInt64((page.0 - 1) * page.1))
            try handle.write(contentsOf: Data(repeating: 0x55, count: page.1))
            try handle.close()
        }
        let store = try await fixture.open(now: at(monday, 9))
        let recovery = try #require(store.openReport.recovery)
        #expect(recovery.reason.hasPrefix("quick_check"))
        #expect(recovery.salvaged["punch"] == 3)
        #expect(recovery.salvaged["employee"] == 5)
        #expect(recovery.salvaged["faceTemplate"] == 1)
        #expect(store.openReport.kioskID == kioskID, "the kiosk keeps its id")
        for id in punchIDs { #expect(try await store.punch(id: id) != nil) }
        #expect(try await store.verifyPIN(code: EmployeeCode("S001"), pin: "246810") == .ok)
        #expect(try await store.loadActiveTemplates().map(\.vector) == [vector(9)])
        // The unsent punches are still queued; the acknowledged one stays delivered.
        #expect(try await store.duePunches().map(\.id) == Array(punchIDs.dropFirst()))
        let check = try await store.dbPool.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
        #expect(check == "ok")
        // New punches continue the sequence after the salvaged ones.
        let next = try await store.punch(EmployeeCode("E001"), at: at(monday, 17), method: .face)
        #expect(next.punch?.sequence == 4)
        #expect(try await store.openAlarms().count == 1)
    }
}
