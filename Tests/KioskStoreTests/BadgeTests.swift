import Foundation
import Testing
import Attendance
@testable import KioskStore

@Suite("Badges")
struct BadgeTests {
    @Test func aBadgeFindsItsOwnerAndPunchesWithMethodBadge() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        try await store.setBadge(code: EmployeeCode("E003"), number: "0004521337")
        #expect(try await store.employeeCode(forBadge: "0004521337") == EmployeeCode("E003"))
        #expect(try await store.employeeCode(forBadge: "0004521338") == nil)
        let outcome = try await store.punch(EmployeeCode("E003"), at: at(monday, 8, 2), method: .badge)
        guard case .record = outcome.decision else {
            Issue.record("a badge punch is recorded: \(outcome.decision)")
            return
        }
        #expect(try await store.punches(on: monday).map(\.method) == [.badge])
        // A new badge replaces the old one; clearing it leaves none.
        try await store.setBadge(code: EmployeeCode("E003"), number: "A1B2C3D4")
        #expect(try await store.employeeCode(forBadge: "0004521337") == nil)
        try await store.clearBadge(code: EmployeeCode("E003"))
        #expect(try await store.employeeCode(forBadge: "A1B2C3D4") == nil)
        // The audit names who got a badge, never the number.
        let audit = try await store.dbPool.read { db in
            try String.fetchAll(db, sql: "SELECT action || ' ' || detail FROM auditLog WHERE action LIKE 'badge.%' ORDER BY id")
        }
        #expect(audit == ["badge.set E003", "badge.set E003", "badge.clear E003"])
    }

    @Test func oneBadgeOnePersonAndClearRefusals() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        try await store.setBadge(code: EmployeeCode("E001"), number: "12345678")
        await #expect(throws: BadgeRefusal(.takenBy(EmployeeCode("E001")))) {
            try await store.setBadge(code: EmployeeCode("E002"), number: "12345678")
        }
        await #expect(throws: BadgeRefusal(.unknownEmployee(EmployeeCode("NOBODY")))) {
            try await store.setBadge(code: EmployeeCode("NOBODY"), number: "87654321")
        }
        for bad in ["123", "12 34 56", "12345678-9", String(repeating: "7", count: 33), "ñandú123"] {
            await #expect(throws: BadgeRefusal(.invalidNumber(bad))) {
                try await store.setBadge(code: EmployeeCode("E002"), number: bad)
            }
        }
        let message = BadgeRefusal(.takenBy(EmployeeCode("E001")))
        #expect(message.message(in: .es) == "Esa tarjeta ya es de E001: quítesela antes (kiosk badge clear --code E001).")
        #expect(message.message(in: .en) == "That badge already belongs to E001: clear it first (kiosk badge clear --code E001).")
        // Setting one's own badge again is no conflict.
        try await store.setBadge(code: EmployeeCode("E001"), number: "12345678")
    }
}
