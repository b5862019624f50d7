import Attendance
import Foundation
import KioskConfig
import KioskStore
import Logging
import Synchronization
import Testing
@testable import KioskApp

/// F5 after a punch: the week of the person just punched, nobody else's, for a few seconds.
@Suite("Self-view: my week")
struct WeekViewTests {
    /// Monday 2026-11-30 08:00 in Madrid (07:00 UTC).
    private static let monday = ISO8601DateFormatter().date(from: "2026-11-30T07:00:00Z")!

    @Test("after E001's punches on Monday and Tuesday, F5 on Tuesday shows both days with hours and lateness")
    func weekOfThePersonJustPunched() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("week-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var configuration = KioskConfiguration()
        configuration.kiosk.timeZone = "Europe/Madrid"
        let options = StoreOptions(timeZone: TimeZone(identifier: "Europe/Madrid")!)
        let store = try await KioskStore.open(path: folder.appendingPathComponent("kiosk.sqlite").path, options: options, now: Self.monday)
        _ = try await store.seed(demo: true, now: Self.monday)
        let clock = Mutex(Self.monday)
        let runtime = KioskRuntime(configuration: configuration, configurationSource: "test", logger: Logger(label: "week-test"),
                                   clock: { clock.withLock { $0 } })
        runtime.attach(store)

        // Nothing punched yet: no week on offer.
        await #expect(throws: CheckInMessageFailure.self) { try await runtime.offeredWeek() }
        // Monday 08:00–16:00, then Tuesday in at 08:30.
        await runtime.punch(EmployeeCode("E001"), method: .face, matchDistance: 0.3)
        clock.withLock { $0 = $0.addingTimeInterval(8 * 3600) }
        await runtime.punch(EmployeeCode("E001"), method: .face, matchDistance: 0.3)
        clock.withLock { $0 = Self.monday.addingTimeInterval(24 * 3600 + 30 * 60) }
        await runtime.punch(EmployeeCode("E002"), method: .pin)
        await runtime.punch(EmployeeCode("E001"), method: .face, matchDistance: 0.3)
        #expect(runtime.snapshot().weekOffer?.code == EmployeeCode("E001"), "the offer is the last person punched")

        let week = try await runtime.offeredWeek()
        #expect(week.employee.code == EmployeeCode("E001"))
        #expect(week.days.map(\.date) == [LocalDate(year: 2026, month: 11, day: 30), LocalDate(year: 2026, month: 12, day: 1)])
        #expect(week.days.first?.minutesWorked == 480)
        #expect(week.minutesLate == week.days.reduce(0) { $0 + $1.minutesLate })
        #expect(week.days.last?.minutesLate ?? 0 > 0, "in at 08:30 on a shift that starts at 08:00 is late")

        let lines = WeekOverlay(week: week, language: .es).lines.map(\.0)
        #expect(lines.first?.hasPrefix("lun 30/11") == true && lines.first?.contains("8:00 h") == true, "\(lines)")
        #expect(lines.last?.hasPrefix("Total: 8:00 h") == true, "\(lines)")
        #expect(WeekOverlay(week: week, language: .en).lines.last?.0.contains("min late") == true)
        #expect(CheckInScreen.keys(.es, week: runtime.snapshot().weekOffer).map(\.label).contains("Mi semana"))

        // The offer ends after its seconds, and an unknown face ends it at once.
        clock.withLock { $0 = $0.addingTimeInterval(WeekOffer.seconds) }
        await #expect(throws: CheckInMessageFailure.self) { try await runtime.offeredWeek() }
        await runtime.punch(EmployeeCode("E001"), method: .face, matchDistance: 0.3)
        #expect(runtime.snapshot().weekOffer != nil)
        for _ in 0..<2 { runtime.handle(RecognitionResult(sequence: 1, box: nil, verdict: .unknown(distance: 0.8), seconds: 0.01)) }
        #expect(runtime.snapshot().weekOffer == nil, "a stranger at the door cannot see E001's week")
    }
}
