import Foundation
import Testing
import Attendance
@testable import KioskStore

@Suite("Audit log and alarms")
struct AuditAlarmTests {
    @Test func auditEntriesAreListedNewestFirst() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.open()
        try await store.appendAudit(actor: EmployeeCode("T001"), action: "diagnostics.open", detail: "F3", now: at(monday, 9))
        try await store.appendAudit(actor: EmployeeCode("S001"), action: "dayview.open", detail: "2025-03-03", now: at(monday, 10))
        let entries = try await store.recentAudit(limit: 2)
        #expect(entries.map(\.action) == ["dayview.open", "diagnostics.open"])
        #expect(entries.map(\.actor) == [EmployeeCode("S001"), EmployeeCode("T001")])
        #expect(entries[0].at == at(monday, 10))
    }

    @Test func alarmsStayUntilATechnicianAcknowledges() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.open()
        let alarm = try await store.raiseAlarm(.other, detail: "disk 95% full", now: at(monday, 6))
        #expect(try await store.openAlarms().map(\.id) == [alarm.id])
        #expect(try await store.acknowledgeAlarm(id: alarm.id, by: EmployeeCode("T001"), now: at(monday, 7)))
        #expect(try await store.acknowledgeAlarm(id: alarm.id, by: EmployeeCode("T001")) == false)
        #expect(try await store.openAlarms().isEmpty)
        let closed = try #require(try await store.allAlarms().first)
        #expect(closed.acknowledgedBy == EmployeeCode("T001") && closed.acknowledgedAt == at(monday, 7))
        #expect(try await store.recentAudit().first?.action == "alarm.acknowledge")
    }
}
