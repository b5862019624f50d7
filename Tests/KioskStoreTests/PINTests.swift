import Foundation
import Testing
import GRDB
import Attendance
@testable import KioskStore

@Suite("PINs and per-person lockout")
struct PINTests {
    @Test func pinIsStoredAsSaltedPBKDF2AndVerifies() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        try await store.setPIN(code: EmployeeCode("E001"), pin: "4821")
        let row = try #require(try await store.dbPool.read { db in try EmployeeRecord.fetchOne(db, key: "E001") })
        let digest = try #require(row.pinDigest)
        #expect(digest.algorithm == "pbkdf2-sha256")
        #expect(digest.rounds >= 210_000)
        #expect(digest.salt.count == 16)
        #expect(digest.hash.count == 32)
        #expect(!digest.hash.elementsEqual(Data("4821".utf8)))
        #expect(!String(describing: digest).contains(digest.salt.base64EncodedString()))
        #expect(try await store.verifyPIN(code: EmployeeCode("E001"), pin: "4821") == .ok)
        #expect(try await store.verifyPIN(code: EmployeeCode("E001"), pin: "4822") == .wrong(triesLeft: 4))
        // Same PIN for another person gets another salt, hence another hash.
        try await store.setPIN(code: EmployeeCode("E002"), pin: "4821")
        let other = try #require(try await store.dbPool.read { db in try EmployeeRecord.fetchOne(db, key: "E002")?.pinDigest })
        #expect(other.salt != digest.salt && other.hash != digest.hash)
    }

    @Test(arguments: ["123", "123456789", "12a4", "", "١٢٣٤"])
    func badPINFormatsAreRefusedInBothLanguages(pin: String) async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        let error = await #expect(throws: StoreError.self) { try await store.setPIN(code: EmployeeCode("E001"), pin: pin) }
        #expect(error?.code == .invalidPINFormat)
        #expect(error?.message(in: .es).contains("4 a 8 dígitos") == true)
        #expect(error?.message(in: .en).contains("4 to 8 digits") == true)
        #expect(try await store.verifyPIN(code: EmployeeCode("E001"), pin: "1234") == .noPINSet)
    }

    @Test func lockoutIsPerPersonAndExpires() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.open(options: StoreOptions(timeZone: StoreFixture.utc, pinLockoutTries: 3, pinLockoutMinutes: 5))
        _ = try await store.seed(demo: true)
        try await store.setPIN(code: EmployeeCode("E001"), pin: "111111")
        try await store.setPIN(code: EmployeeCode("E002"), pin: "222222")
        let t0 = at(monday, 8, 0)
        #expect(try await store.verifyPIN(code: EmployeeCode("E001"), pin: "000000", now: t0) == .wrong(triesLeft: 2))
        #expect(try await store.verifyPIN(code: EmployeeCode("E001"), pin: "000000", now: t0) == .wrong(triesLeft: 1))
        let locked = try await store.verifyPIN(code: EmployeeCode("E001"), pin: "000000", now: t0)
        #expect(locked == .lockedUntil(t0.addingTimeInterval(300)))
        #expect(locked.message(in: .es, timeZone: StoreFixture.utc).contains("bloqueado hasta las 08:05"))
        #expect(locked.message(in: .en, timeZone: StoreFixture.utc).contains("locked until 08:05"))
        // Even the right PIN is refused while locked; another person is not affected.
        #expect(try await store.verifyPIN(code: EmployeeCode("E001"), pin: "111111", now: t0.addingTimeInterval(60)) == .lockedUntil(t0.addingTimeInterval(300)))
        #expect(try await store.verifyPIN(code: EmployeeCode("E002"), pin: "222222", now: t0.addingTimeInterval(60)) == .ok)
        #expect(try await store.verifyPIN(code: EmployeeCode("E001"), pin: "111111", now: t0.addingTimeInterval(301)) == .ok)
        #expect(try await store.verifyPIN(code: EmployeeCode("E001"), pin: "000000", now: t0.addingTimeInterval(302)) == .wrong(triesLeft: 2))
        #expect(try await store.recentAudit().contains { $0.action == "pin.locked" && $0.actor == EmployeeCode("E001") })
    }

    @Test func unknownInactiveAndUnsetAreDistinct() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        #expect(try await store.verifyPIN(code: EmployeeCode("Z999"), pin: "1234") == .unknownEmployee)
        #expect(try await store.verifyPIN(code: EmployeeCode("E003"), pin: "1234") == .noPINSet)
        try await store.setPIN(code: EmployeeCode("E003"), pin: "1234")
        try await store.saveEmployee(Employee(code: EmployeeCode("E003"), name: "Ana Pérez", active: false))
        #expect(try await store.verifyPIN(code: EmployeeCode("E003"), pin: "1234") == .unknownEmployee)
        let error = await #expect(throws: StoreError.self) { try await store.setPIN(code: EmployeeCode("Z999"), pin: "1234") }
        #expect(error?.code == .unknownEmployee)
    }

    @Test func constantTimeComparisonComparesWholeBuffers() {
        #expect(PINHasher.constantTimeEqual(Data([1, 2, 3]), Data([1, 2, 3])))
        #expect(!PINHasher.constantTimeEqual(Data([1, 2, 3]), Data([1, 2, 4])))
        #expect(!PINHasher.constantTimeEqual(Data([1, 2, 3]), Data([1, 2])))
    }
}
