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

@Suite("Review of doubtful punches")
struct DoubtfulPunchReviewTests {
    /// The queue lists only doubtful punches from the given day on; confirming audits and removes one, voiding goes
    /// through a correction (queued for the server) and removes the other; neither can be reviewed twice.
    @Test func confirmAndVoidLeaveTheQueue() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        let supervisor = EmployeeCode("S001")
        let old = try #require(try await store.punch(EmployeeCode("E003"), at: at(monday.adding(days: -3), 8, 0), method: .face,
                                                     matchDistance: 0.52, remarks: .doubtful).punch)
        let first = try #require(try await store.punch(EmployeeCode("E001"), at: at(monday, 8, 0), method: .face,
                                                       matchDistance: 0.52, remarks: .doubtful).punch)
        _ = try await store.punch(EmployeeCode("E002"), at: at(monday, 8, 1), method: .face, matchDistance: 0.3)
        let second = try #require(try await store.punch(EmployeeCode("E002"), at: at(monday, 17, 0), method: .face,
                                                        matchDistance: 0.3, remarks: .doubtful).punch)
        #expect(try await store.punchesToReview(since: monday).map(\.id) == [first.id, second.id])
        #expect(try await store.punchesToReview(since: monday.adding(days: -3)).map(\.id) == [old.id, first.id, second.id])

        let entry = try await store.confirmDoubtfulPunch(first.id, supervisor: supervisor, now: at(monday, 18, 0))
        #expect(entry.action == KioskStore.reviewConfirmAction && entry.actor == supervisor)
        #expect(entry.detail.hasPrefix(first.id.uuidString))
        let queuedBefore = try await store.outboxCounts()
        try await store.addCorrection(employee: EmployeeCode("E002"), action: .void(punchID: second.id), reason: "no era él",
                                      supervisor: supervisor, now: at(monday, 18, 1))
        #expect(try await store.punchesToReview(since: monday).isEmpty)
        #expect(try await store.corrections(on: monday).map(\.action) == [.void(punchID: second.id)])
        let queuedAfter = try await store.outboxCounts()
        #expect(queuedAfter.pending == queuedBefore.pending + 1 && queuedAfter.pendingPunches == queuedBefore.pendingPunches,
                "the void goes up like any correction")
        #expect(try await store.punch(id: first.id)?.flags == first.flags, "the punch itself is never changed")

        await #expect(throws: StoreError.self) { try await store.confirmDoubtfulPunch(first.id, supervisor: supervisor) }
        await #expect(throws: StoreError.self) { try await store.confirmDoubtfulPunch(second.id, supervisor: supervisor) }
        await #expect(throws: StoreError.self) { try await store.confirmDoubtfulPunch(old.id, supervisor: EmployeeCode("E001")) }
        let plain = try #require(try await store.punches(on: monday).first { $0.flags.isEmpty })
        await #expect(throws: StoreError.self) { try await store.confirmDoubtfulPunch(plain.id, supervisor: supervisor) }
    }
}
