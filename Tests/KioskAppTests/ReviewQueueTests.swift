import Attendance
import Foundation
import KioskConfig
import KioskStore
import Logging
import TerminalUI
import Testing
@testable import KioskApp

/// The supervisor's review queue ("r"): the doubtful punches of this kiosk, confirmed (audited) or voided with a
/// reason (a correction), on a real store and runtime.
@Suite("Review queue of doubtful punches")
struct ReviewQueueTests {
    private static let now = ISO8601DateFormatter().date(from: "2026-11-30T16:00:00Z")!

    private static func runtime() async throws -> (KioskRuntime, KioskStore, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("review-queue-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var configuration = KioskConfiguration()
        configuration.recognition.debounceSeconds = 0
        let options = StoreOptions(timeZone: TimeZone(identifier: "Europe/Madrid")!, debounceSeconds: 0)
        let store = try await KioskStore.open(path: folder.appendingPathComponent("kiosk.sqlite").path, options: options, now: now)
        _ = try await store.seed(demo: true, now: now)
        let runtime = KioskRuntime(configuration: configuration, configurationSource: "test", logger: Logger(label: "review-test"),
                                   clock: { now })
        runtime.attach(store)
        return (runtime, store, folder)
    }

    @Test func confirmAndVoidFromTheQueue() async throws {
        let (runtime, store, folder) = try await Self.runtime()
        defer { try? FileManager.default.removeItem(at: folder) }
        let supervisor = EmployeeCode("S001")
        await runtime.punch(EmployeeCode("E001"), method: .face, matchDistance: 0.30, flags: .doubtful)
        await runtime.punch(EmployeeCode("E002"), method: .face, matchDistance: 0.52)
        await runtime.punch(EmployeeCode("E003"), method: .face, matchDistance: 0.30)
        let waiting = try await runtime.punchesToReview()
        #expect(waiting.map(\.employee) == [EmployeeCode("E001"), EmployeeCode("E002")],
                "a runner-up or liveness doubt and a near-threshold distance; not the clear match")

        var queue = ReviewQueue(timeZone: runtime.timeZone)
        #expect(queue.handle(.enter, language: .es) == .refused, "nothing to choose while loading")
        queue.show(punches: waiting)
        #expect(queue.lines(language: .es).contains { $0.0.hasPrefix("▶ ") && $0.0.contains("E001") })
        #expect(queue.handle(.character("o"), language: .es) == .confirm(waiting[0]))
        try await runtime.confirmReviewed(waiting[0], by: supervisor)
        queue.finish(Span("✓", role: .ok))
        queue.show(punches: try await runtime.punchesToReview())
        #expect(queue.punches.map(\.employee) == [EmployeeCode("E002")])

        #expect(queue.handle(.character("v"), language: .es) == .none)
        #expect(queue.handle(.enter, language: .es) == .refused, "an empty reason is refused")
        #expect(queue.lines(language: .es).contains { $0.0.contains("El motivo es obligatorio") })
        for c in "no era ella" { _ = queue.handle(.character(c), language: .es) }
        guard case .void(let punch, let reason) = queue.handle(.enter, language: .es) else {
            Issue.record("Enter with a reason voids the highlighted punch")
            return
        }
        #expect(punch == waiting[1] && reason == "no era ella")
        try await runtime.voidReviewed(punch, reason: reason, by: supervisor)
        #expect(try await runtime.punchesToReview().isEmpty)

        let corrections = try await store.corrections(on: runtime.today(now: Self.now))
        #expect(corrections.map(\.action) == [.void(punchID: waiting[1].id)])
        #expect(corrections.first?.supervisor == supervisor && corrections.first?.reason == "no era ella")
        let audit = try await store.recentAudit(limit: 10)
        #expect(audit.contains { $0.action == KioskStore.reviewConfirmAction && $0.detail.hasPrefix(waiting[0].id.uuidString) })
        #expect(audit.contains { $0.action == "correction.void" && $0.actor == supervisor })
    }

    /// At the smallest terminal the key bar offers "r" and the queue draws over the day with its keys.
    @Test func theQueueIsDrawnOverTheSupervisorScreen() {
        var state = SupervisorState(supervisor: Employee(code: EmployeeCode("S001"), name: "S"), date: ScreenFixtures.today)
        state.show(ScreenFixtures.summary())
        var queue = ReviewQueue(timeZone: ScreenFixtures.zone)
        let punch = Punch(kioskID: "K1", sequence: 1, employee: EmployeeCode("E002"), instant: ScreenFixtures.date(8, 3),
                          localDate: ScreenFixtures.today, kind: .entry, method: .face, matchDistance: 0.52, flags: .doubtful)
        queue.show(punches: [punch])
        state.review = queue
        let lines = ScreenFixtures.render(SupervisorScreen(snapshot: ScreenFixtures.snapshot(), state: state), width: 80, height: 24).lines
        #expect(lines[23].contains("rRevisar"))
        #expect(lines.contains { $0.contains("Fichajes dudosos") })
        #expect(lines.contains { $0.contains("▶ 2026-11-30 08:03  E002") && $0.contains("0.52") })
        #expect(lines.contains { $0.contains("o/Enter = confirmar · v = anular") })
    }
}
