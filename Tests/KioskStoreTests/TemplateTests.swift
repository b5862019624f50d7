import Foundation
import Testing
import GRDB
import Attendance
@testable import KioskStore

@Suite("Face templates and biometric consent")
struct TemplateTests {
    let consent = BiometricConsent(textVersion: "consent-es-v1", recordedBy: EmployeeCode("S001"), at: at(monday, 7))

    @Test func templatesRoundTripEncryptedAtRest() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        let ids = try await store.addTemplates(for: EmployeeCode("E001"), vectors: [vector(1), vector(2)], consent: consent)
        try await store.addTemplates(for: EmployeeCode("E002"), vectors: [vector(3)], consent: consent)
        #expect(ids.count == 2)
        let loaded = try await store.loadActiveTemplates()
        #expect(loaded.count == 3)
        #expect(loaded.filter { $0.employee == EmployeeCode("E001") }.map(\.vector) == [vector(1), vector(2)])
        #expect(Set(loaded.prefix(2).map(\.id)) == Set(ids))
        // At rest: 12-byte nonce + 512 bytes + 16-byte tag, and no run of the plaintext in the blob.
        let blobs = try await store.dbPool.read { db in try Data.fetchAll(db, sql: "SELECT sealed FROM faceTemplate") }
        let plain = vector(1).withUnsafeBufferPointer { Data(buffer: $0) }
        for blob in blobs {
            #expect(blob.count == 12 + 512 + 16)
            #expect(blob.range(of: plain.prefix(16)) == nil)
        }
        #expect(try await store.hasBiometricConsent(EmployeeCode("E001")))
        #expect(try await store.outboxCounts().pending == 3, "enrolments are queued for the server")
        // Never in logs: description and debugDescription hide the numbers.
        let text = String(describing: loaded[0]) + String(reflecting: loaded[0])
        #expect(!text.contains(String(loaded[0].vector[5])))
        #expect(text.contains("redacted"))
    }

    @Test func aTemplateMovedToAnotherEmployeeDoesNotDecrypt() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        try await store.addTemplates(for: EmployeeCode("E001"), vectors: [vector(1)], consent: consent)
        try await store.dbPool.write { db in try db.execute(sql: "UPDATE faceTemplate SET employeeCode = 'E002'") }
        let error = await #expect(throws: StoreError.self) { try await store.loadActiveTemplates() }
        #expect(error?.code == .templateDecryption)
    }

    @Test func deletingBiometricsRemovesEveryTemplateAndRecordsWithdrawal() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        try await store.addTemplates(for: EmployeeCode("E001"), vectors: [vector(1), vector(2), vector(3)], consent: consent)
        try await store.addTemplates(for: EmployeeCode("E002"), vectors: [vector(4)], consent: consent)
        let deleted = try await store.deleteBiometrics(of: EmployeeCode("E001"), by: EmployeeCode("S001"), now: at(monday, 12))
        #expect(deleted == 3)
        #expect(try await store.templateCount(for: EmployeeCode("E001")) == 0)
        #expect(try await store.loadActiveTemplates().map(\.employee) == [EmployeeCode("E002")])
        #expect(try await store.hasBiometricConsent(EmployeeCode("E001")) == false)
        let consents = try await store.dbPool.read { db in
            try String.fetchAll(db, sql: "SELECT action FROM consentRecord WHERE employeeCode = 'E001' ORDER BY at")
        }
        #expect(consents == ["granted", "withdrawn"])
        let audit = try await store.recentAudit()
        #expect(audit.first?.action == "biometrics.delete" && audit.first?.actor == EmployeeCode("S001"))
        let outbox = try await store.dbPool.read { db in
            try String.fetchAll(db, sql: "SELECT itemKind FROM outbox ORDER BY id")
        }
        #expect(outbox == ["enrolment", "consentWithdrawal"], "E001's unsent enrolments are dropped, the withdrawal queued")
    }

    @Test func inactiveEmployeesAreLeftOutOfTheGallery() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        try await store.addTemplates(for: EmployeeCode("E003"), vectors: [vector(1)], consent: consent)
        try await store.saveEmployee(Employee(code: EmployeeCode("E003"), name: "Ana Pérez", active: false))
        #expect(try await store.loadActiveTemplates().isEmpty)
    }

    @Test func badVectorsAndMissingConsentAreRefused() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        let short = await #expect(throws: StoreError.self) {
            try await store.addTemplates(for: EmployeeCode("E001"), vectors: [[0.1, 0.2]], consent: consent)
        }
        #expect(short?.code == .invalidTemplate)
        var nan = vector(1)
        nan[7] = .nan
        #expect((await #expect(throws: StoreError.self) {
            try await store.addTemplates(for: EmployeeCode("E001"), vectors: [nan], consent: consent)
        })?.code == .invalidTemplate)
        #expect((await #expect(throws: StoreError.self) {
            try await store.addTemplates(for: EmployeeCode("E001"), vectors: [vector(1)],
                                         consent: BiometricConsent(textVersion: " ", recordedBy: EmployeeCode("S001")))
        })?.code == .missingConsent)
        #expect(try await store.templateCount(for: EmployeeCode("E001")) == 0)
    }

    @Test func aMissingKeyWithTemplatesIsAClearErrorAtOpen() async throws {
        let fixture = try StoreFixture()
        do {
            let store = try await fixture.seeded()
            try await store.addTemplates(for: EmployeeCode("E001"), vectors: [vector(1)], consent: consent)
        }
        try FileManager.default.removeItem(atPath: TemplateKeyFile.path(forDatabase: fixture.databasePath))
        let error = await #expect(throws: StoreError.self) { try await fixture.open() }
        #expect(error?.code == .templateKeyMissing)
        #expect(error?.message(in: .en).contains("Restore the key file") == true)
    }
}
