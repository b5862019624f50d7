import Foundation
import Testing
import Attendance
@testable import KioskStore

@Suite("Doubtful punches")
struct DoubtfulPunchStoreTests {
    @Test func remarksAreAddedToTheRulesFlagsAndStored() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        let late = try await store.punch(EmployeeCode("E001"), at: at(monday, 8, 40), method: .face, matchDistance: 0.52, remarks: .doubtful)
        let punch = try #require(late.punch)
        #expect(punch.flags == [.late, .doubtful], "the rules' own flag is kept beside the caller's")
        #expect(try await store.punch(id: punch.id)?.flags == [.late, .doubtful])
        let plain = try await store.punch(EmployeeCode("E002"), at: at(monday, 8, 0), method: .face, matchDistance: 0.3)
        #expect(plain.punch?.flags == [])
    }
}
