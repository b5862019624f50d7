import Foundation
import Testing
import Attendance
@testable import KioskStore

@Suite("Roster badges")
struct RosterBadgeTests {
    private func employee(_ code: String, badge: String?) -> RosterUpdate.Employee {
        .init(code: EmployeeCode(code), name: "Persona \(code)", role: "COLABORADOR", active: true, pinHash: nil, biometricConsent: false,
              badge: badge)
    }

    @Test func theServersBadgeIsAppliedAndTakenFromWhoeverHoldsItHere() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        try await store.setBadge(code: EmployeeCode("E001"), number: "0004521337")
        try await store.setBadge(code: EmployeeCode("E003"), number: "LOCAL1234")

        // The server gives E001's local number to E002, and E003 a new one.
        let report = try await store.applyRoster(RosterUpdate(version: 4, employees: [
            employee("E002", badge: "0004521337"), employee("E003", badge: "A1B2C3D4"),
        ]))
        #expect(report.badgesSet == 2 && report.badgesTakenFromOthers == 1 && report.skipped == 0, "\(report)")
        #expect(try await store.employeeCode(forBadge: "0004521337") == EmployeeCode("E002"))
        #expect(try await store.employeeCode(forBadge: "A1B2C3D4") == EmployeeCode("E003"))
        #expect(try await store.employeeCode(forBadge: "LOCAL1234") == nil, "the server's number replaces the local one")
        let e001Badge = try await store.dbPool.read { db in
            try String.fetchOne(db, sql: "SELECT COALESCE(badge, 'none') FROM employee WHERE code = 'E001'")
        }
        #expect(e001Badge == "none", "E001 no longer carries the badge the server gave E002")

        // The same roster again changes nothing; an employee without a server badge keeps the local one.
        try await store.setBadge(code: EmployeeCode("E001"), number: "99887766")
        let again = try await store.applyRoster(RosterUpdate(version: 5, employees: [
            employee("E002", badge: "0004521337"), employee("E001", badge: nil),
        ]))
        #expect(again.badgesSet == 0 && again.badgesTakenFromOthers == 0)
        #expect(try await store.employeeCode(forBadge: "99887766") == EmployeeCode("E001"))
        #expect(try await store.employeeCode(forBadge: "0004521337") == EmployeeCode("E002"))

        // The audit says who lost and who got a badge, never the number.
        let audit = try await store.dbPool.read { db in
            try String.fetchAll(db, sql: "SELECT action || ' ' || detail FROM auditLog WHERE action LIKE 'badge.%' ORDER BY id")
        }
        #expect(audit.contains("badge.clear E001: the server's roster gave that badge to E002"))
        #expect(audit.contains("badge.set E002 from the server's roster"))
        #expect(!audit.contains { $0.contains("0004521337") || $0.contains("A1B2C3D4") })
    }

    @Test func aBadgeTheKioskWouldNotAcceptIsSkippedAndTheRestApplies() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        try await store.setBadge(code: EmployeeCode("E001"), number: "12345678")
        let report = try await store.applyRoster(RosterUpdate(version: 2, employees: [
            employee("E001", badge: "12 34"), employee("E002", badge: "ABCD1234"),
        ]))
        let leftOut = report.skipped  // the malformed badge, counted because one bad item never blocks the roster
        #expect(leftOut == 1 && report.badgesSet == 1 && report.employees == 2)
        #expect(try await store.employeeCode(forBadge: "12345678") == EmployeeCode("E001"))
        #expect(try await store.employeeCode(forBadge: "ABCD1234") == EmployeeCode("E002"))
    }
}
