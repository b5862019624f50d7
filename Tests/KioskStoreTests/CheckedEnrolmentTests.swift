import Foundation
import Testing
import Attendance
import Synchronization
@testable import KioskStore

@Suite("Checked enrolment and enrolments the server refused")
struct CheckedEnrolmentTests {
    struct Refused: Error, Sendable, CustomStringConvertible {
        var description: String
    }

    let consent = BiometricConsent(textVersion: "consent-es-2025-01", recordedBy: EmployeeCode("S001"))

    @Test func aRefusalStoresNothingAndIsAuditedWithWhoAndWhy() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        try await store.addTemplates(for: EmployeeCode("E001"), vectors: [vector(1)], consent: consent)
        let seen = Mutex<[StoredTemplate]>([])
        let result = try await store.enrolTemplates(for: EmployeeCode("E009"), vectors: [vector(1)], consent: consent, mode: .add,
                                                    source: "camera", saving: Employee(code: EmployeeCode("E009"), name: "Nadie", role: .colaborador)) { stored in
            seen.withLock { $0 = stored }
            return Refused(description: "the face is already enrolled as E001")
        }
        guard case .failure(let refusal) = result else {
            Issue.record("expected the refusal")
            return
        }
        #expect(refusal.description == "the face is already enrolled as E001")
        #expect(seen.withLock { $0.map(\.employee) } == [EmployeeCode("E001")], "the screen sees every stored template")
        #expect(seen.withLock { $0.first?.vector } == vector(1))
        #expect(try await store.employee(EmployeeCode("E009")) == nil, "the new employee is not created")
        #expect(try await store.loadActiveTemplates().count == 1)
        #expect(try await store.unacknowledgedEnrolmentCount() == 1, "nothing queued for the server")
        let audit = try #require(try await store.recentAudit().first)
        #expect(audit.action == "biometrics.enrol.refused" && audit.actor == EmployeeCode("S001"))
        #expect(audit.detail == "E009 (camera): the face is already enrolled as E001")
    }

    @Test func addKeepsAndReplaceDeletesTheEmployeesTemplatesSayingWhich() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        let pass: @Sendable ([StoredTemplate]) -> Refused? = { _ in nil }
        let first = try await store.enrolTemplates(for: EmployeeCode("E001"), vectors: [vector(1), vector(2)], consent: consent, mode: .add,
                                                   source: "camera", screen: pass).get()
        #expect(first.previous == 0 && first.total == 2)
        let added = try await store.enrolTemplates(for: EmployeeCode("E001"), vectors: [vector(3)], consent: consent, mode: .add,
                                                   source: "camera", screen: pass).get()
        #expect(added.previous == 2 && added.total == 3)
        #expect(try await store.templateCount(for: EmployeeCode("E001")) == 3)
        #expect(try await store.recentAudit().first?.detail.contains("1 templates added to 2") == true)

        let replaced = try await store.enrolTemplates(for: EmployeeCode("E001"), vectors: [vector(4)], consent: consent, mode: .replace,
                                                      source: "photos a.jpg", screen: pass).get()
        #expect(replaced.previous == 3 && replaced.total == 1)
        #expect(try await store.loadActiveTemplates().map(\.vector) == [vector(4)])
        #expect(try await store.dueEnrolments().map(\.id) == replaced.ids, "the replaced templates are no longer sent")
        let audit = try await store.recentAudit(limit: 2)
        #expect(audit.map(\.action) == ["biometrics.replace", "biometrics.enrol"])
        #expect(audit.allSatisfy { $0.actor == EmployeeCode("S001") })
    }

    @Test func enrolmentsTheServerRefusedLeaveWithAnAlarmForTheSupervisor() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        let ids = try await store.addTemplates(for: EmployeeCode("E003"), vectors: [vector(1), vector(2)], consent: consent)
        try await store.addTemplates(for: EmployeeCode("E002"), vectors: [vector(5)], consent: consent)
        let reason = "face-conflict: the face matches E001, already enrolled at the site (distance 0.120 ≤ 0.500)"
        let removed = try await store.removeRejectedEnrolments(ids.map { RejectedEnrolment(id: $0, reason: reason) })
        #expect(removed == 2)
        #expect(try await store.templateCount(for: EmployeeCode("E003")) == 0)
        #expect(try await store.templateCount(for: EmployeeCode("E002")) == 1, "other employees keep theirs")
        #expect(try await store.dueEnrolments().map(\.employee) == [EmployeeCode("E002")], "the refused ones are not sent again")
        let alarms = try await store.openAlarms()
        #expect(alarms.map(\.kind) == [.enrolmentRejected])
        #expect(alarms.first?.detail == "E003: 2 templates removed here, 0 left; the server said: \(reason)")
        let audit = try #require(try await store.recentAudit().first)
        #expect(audit.action == "biometrics.enrol.rejected-by-server" && audit.actor == AuditEntry.systemActor)

        #expect(try await store.removeRejectedEnrolments(ids.map { RejectedEnrolment(id: $0, reason: reason) }) == 0,
                "the same answer twice changes nothing")
        #expect(try await store.openAlarms().count == 1)
    }
}
