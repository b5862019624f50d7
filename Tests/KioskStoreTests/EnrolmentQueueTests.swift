import Foundation
import Testing
import Attendance
@testable import KioskStore

@Suite("Enrolments queued for the server")
struct EnrolmentQueueTests {
    @Test func dueEnrolmentsCarryTheVectorAndConsentUntilAcknowledged() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        let consent = BiometricConsent(textVersion: "consent-es-2025-01", recordedBy: EmployeeCode("S001"), at: at(monday, 9))
        let ids = try await store.addTemplates(for: EmployeeCode("E001"), vectors: [vector(1), vector(2)], consent: consent,
                                               now: at(monday, 9, 1))
        let due = try await store.dueEnrolments(now: at(monday, 9, 2))
        #expect(due.map(\.id) == ids)
        #expect(due.map(\.vector) == [vector(1), vector(2)])
        #expect(due.allSatisfy { $0.employee == EmployeeCode("E001") && $0.consent == consent && $0.enrolledAt == at(monday, 9, 1) })
        #expect(Set(due.map(\.consentID)).count == 1, "one consent record covers the session's templates")
        #expect(!due[0].description.contains("0.0"), "the vector is never printed")
        #expect(try await store.unacknowledgedEnrolmentCount() == 2)
        // Punches are not enrolments and enrolments are not punches.
        #expect(try await store.duePunches().isEmpty)

        try await store.markOutbox([ids[0]], kind: .enrolment, as: .sent, now: at(monday, 9, 3))
        try await store.markOutbox([ids[1]], kind: .enrolment, as: .pending, error: "rejected: unknown employee",
                                   nextAttemptAt: at(monday, 10), now: at(monday, 9, 3))
        #expect(try await store.dueEnrolments(now: at(monday, 9, 30)).isEmpty, "one is in flight, the other waits")
        #expect(try await store.dueEnrolments(now: at(monday, 10)).map(\.id) == [ids[1]])

        try await store.markOutbox(ids, kind: .enrolment, as: .acknowledged, now: at(monday, 10, 1))
        #expect(try await store.unacknowledgedEnrolmentCount() == 0)
        #expect(try await store.dueEnrolments(now: at(monday, 11)).isEmpty)
        #expect(try await store.templateCount(for: EmployeeCode("E001")) == 2, "acknowledged templates stay in use")
    }
}
