import Foundation
import Testing
import GRDB
import Attendance
@testable import KioskStore

@Suite("Punching")
struct PunchTests {
    @Test func entryThenExitAreStoredWithSequenceAndOutbox() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        let entry = try await store.punch(EmployeeCode("E001"), at: at(monday, 8, 3), method: .face, matchDistance: 0.38)
        let exit = try await store.punch(EmployeeCode("E001"), at: at(monday, 17, 5), method: .pin)
        let first = try #require(entry.punch)
        let second = try #require(exit.punch)
        #expect(first.kind == .entry && second.kind == .exit)
        #expect(first.shiftName == "Completo")
        #expect(first.matchDistance == 0.38 && first.method == .face)
        #expect(second.method == .pin && second.matchDistance == nil)
        #expect(second.sequence == first.sequence + 1)
        #expect(first.kioskID == store.openReport.kioskID)
        #expect(first.localDate == monday)
        #expect(entry.employee.name == "Barack Obama")
        // What was returned is exactly what is stored.
        #expect(try await store.punch(id: first.id) == first)
        #expect(try await store.punches(on: monday) == [first, second])
        let counts = try await store.outboxCounts()
        #expect(counts.pending == 2 && counts.pendingPunches == 2)
        #expect(try await store.duePunches().map(\.id) == [first.id, second.id])
    }

    @Test func aRepeatWithinTheDebounceIsNotANewPunch() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        _ = try await store.punch(EmployeeCode("E002"), at: at(monday, 8, 0), method: .face)
        let again = try await store.punch(EmployeeCode("E002"), at: at(monday, 8, 0).addingTimeInterval(20), method: .face)
        #expect(again.punch == nil)
        guard case .alreadyRecorded(let kind, _) = again.decision else {
            Issue.record("expected alreadyRecorded, got \(again.decision)")
            return
        }
        #expect(kind == .entry)
        #expect(try await store.punches(on: monday).count == 1)
        #expect(try await store.outboxCounts().pending == 1)
    }

    @Test func aShortStayAsksToConfirmAndStoresNothingUntilConfirmed() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        _ = try await store.punch(EmployeeCode("E003"), at: at(monday, 8, 0), method: .face)
        let quick = try await store.punch(EmployeeCode("E003"), at: at(monday, 8, 3), method: .face)
        guard case .confirmShortStay = quick.decision else {
            Issue.record("expected confirmShortStay, got \(quick.decision)")
            return
        }
        #expect(quick.punch == nil)
        let confirmed = try await store.punch(EmployeeCode("E003"), at: at(monday, 8, 3), method: .face, confirmedShortStay: true)
        #expect(confirmed.punch?.kind == .exit)
        #expect(confirmed.punch?.flags.contains(.confirmedShortStay) == true)
    }

    @Test func unknownAndInactiveEmployeesAreClearErrors() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        let unknown = await #expect(throws: StoreError.self) {
            try await store.punch(EmployeeCode("X999"), at: at(monday, 8), method: .pin)
        }
        #expect(unknown?.code == .unknownEmployee)
        #expect(unknown?.message(in: .es).contains("'X999'") == true)
        #expect(unknown?.description.contains("X999") == false, "description must stay generic")
        try await store.saveEmployee(Employee(code: EmployeeCode("E003"), name: "Ana Pérez", active: false))
        let inactive = await #expect(throws: StoreError.self) {
            try await store.punch(EmployeeCode("E003"), at: at(monday, 8), method: .pin)
        }
        #expect(inactive?.code == .inactiveEmployee)
        #expect(try await store.punches(on: monday).isEmpty)
    }

    @Test func diskFullRefusesThePunchAndWritesNothing() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        _ = try await store.punch(EmployeeCode("E001"), at: at(monday, 8), method: .face)
        // Cap the file at its current size: the next page SQLite needs is refused with SQLITE_FULL.
        try await store.dbPool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        var refused: StoreError?
        // Fill the last free slots until a page split is needed; each punch is a new employee, so all record.
        for n in 0..<400 where refused == nil {
            do {
                try await store.saveEmployee(Employee(code: EmployeeCode(String(format: "F%03d", n)), name: String(repeating: "x", count: 300)))
            } catch let error as StoreError {
                refused = error
            }
        }
        let diskFull = try #require(refused)
        #expect(diskFull.code == .diskFull)
        let before = try await store.punches(on: monday).count
        let outboxBefore = try await store.outboxCounts()
        let punchError = await #expect(throws: StoreError.self) {
            for minute in stride(from: 0, to: 300, by: 2) {
                _ = try await store.punch(EmployeeCode("E002"), at: at(monday, 9, 0).addingTimeInterval(Double(minute) * 60),
                                          method: .face, confirmedShortStay: true)
            }
        }
        #expect(punchError?.code == .diskFull)
        #expect(punchError?.message(in: .en).contains("NOT saved") == true)
        #expect(punchError?.message(in: .es).contains("NO se ha guardado") == true)
        // Every punch that was accepted has its outbox row; the refused one left neither.
        let punches = try await store.punches(on: monday)
        let outbox = try await store.outboxCounts()
        #expect(punches.count - before == outbox.pendingPunches - outboxBefore.pendingPunches)
        let orphans = try await store.dbPool.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM punch WHERE id NOT IN (SELECT itemID FROM outbox)") ?? -1
        }
        #expect(orphans == 0)
        let check = try await store.dbPool.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
        #expect(check == "ok")
    }

    @Test func readOnlyRefusesThePunchWithAClearError() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        try await store.dbPool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA query_only = 1") }
        let error = await #expect(throws: StoreError.self) {
            try await store.punch(EmployeeCode("E001"), at: at(monday, 8), method: .face)
        }
        #expect(error?.code == .readOnly)
        #expect(error?.message(in: .en).contains("read-only") == true)
        try await store.dbPool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA query_only = 0") }
        #expect(try await store.punches(on: monday).isEmpty)
        #expect(try await store.outboxCounts().pending == 0)
    }

    @Test(.timeLimit(.minutes(20)))
    func liveObservationsSeeNewPunchesAndQueueDepth() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        var punchUpdates = store.punchesUpdates(on: monday).makeAsyncIterator()
        var countUpdates = store.outboxCountsUpdates().makeAsyncIterator()
        #expect(try await punchUpdates.next()?.isEmpty == true)
        #expect(try await countUpdates.next()?.pendingPunches == 0)
        let outcome = try await store.punch(EmployeeCode("E001"), at: at(monday, 8), method: .face)
        // Each stream may repeat the old value before the new one; one that ends fails here instead of spinning.
        var seen: [Punch] = []
        while seen.isEmpty {
            seen = try #require(try await punchUpdates.next(), "the punches stream ended before showing the new punch")
        }
        #expect(seen.map(\.id) == [outcome.punch?.id])
        var pending = 0
        while pending == 0 {
            pending = try #require(try await countUpdates.next(), "the outbox counts stream ended before counting the new punch").pendingPunches
        }
        #expect(pending == 1)
    }

    @Test func outboxStatesMoveForward() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        let p = try #require(try await store.punch(EmployeeCode("E001"), at: at(monday, 8), method: .face).punch)
        try await store.markOutbox([p.id], kind: .punch, as: .sent)
        #expect(try await store.outboxCounts() == OutboxCounts(pending: 0, sent: 1, acknowledged: 0, pendingPunches: 0))
        try await store.markOutbox([p.id], kind: .punch, as: .pending, error: "timeout", nextAttemptAt: at(monday, 9))
        #expect(try await store.duePunches(now: at(monday, 8, 30)).isEmpty)
        #expect(try await store.duePunches(now: at(monday, 9, 1)).map(\.id) == [p.id])
        try await store.markOutbox([p.id], kind: .punch, as: .acknowledged)
        try await store.markOutbox([p.id], kind: .punch, as: .pending)
        #expect(try await store.outboxCounts().acknowledged == 1, "acknowledged is final")
    }
}
