import Attendance
import FaceEngine
import Foundation
import KioskConfig
import KioskStore
import Logging
import Synchronization
import Testing
@testable import KioskApp

/// A badge at the check-in screen: the wedge reader's burst, the punch with method `badge`, the question it
/// answers or cancels, and `[checkin] methods`.
@Suite("Badge check-in")
struct BadgeCheckInTests {
    private static let start = ISO8601DateFormatter().date(from: "2026-11-30T08:00:00Z")!

    @Test("the wedge keeps a quick burst of letters and digits; a slow key starts over; Enter empties it")
    func wedgeBurst() {
        var wedge = BadgeWedge()
        var now = Self.start
        for character in "0004-52" {
            wedge.type(character, at: now)
            now = now.addingTimeInterval(0.02)
        }
        #expect(wedge.typed == "000452", "the dash is not part of a number")
        now = now.addingTimeInterval(BadgeWedge.maximumGap + 0.1)
        #expect(!wedge.isTyping(at: now))
        wedge.type("9", at: now)
        #expect(wedge.typed == "9", "a key long after the last starts a new number")
        #expect(wedge.enter(at: now.addingTimeInterval(0.05)) == "9")
        #expect(wedge.typed.isEmpty)
        wedge.type("7", at: now)
        #expect(wedge.enter(at: now.addingTimeInterval(5)) == nil, "Enter long after the keys is not a badge")
    }

    /// A runtime on a fresh seeded store where E003 carries badge 0004521337.
    private static func runtime(methods: String = "face,badge,pin") async throws -> (KioskRuntime, KioskStore, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("badge-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var configuration = KioskConfiguration()
        configuration.recognition.debounceSeconds = 0
        configuration.checkin.methods = methods
        // The scripted faces carry no liveness evidence; the liveness gate has its own tests.
        configuration.liveness.mode = "off"
        let options = StoreOptions(timeZone: TimeZone(identifier: "Europe/Madrid")!, debounceSeconds: 0, minWorkMinutes: 5)
        let store = try await KioskStore.open(path: folder.appendingPathComponent("kiosk.sqlite").path, options: options, now: start)
        _ = try await store.seed(demo: true, now: start)
        try await store.setBadge(code: EmployeeCode("E003"), number: "0004521337")
        let clock = Mutex(start)
        let runtime = KioskRuntime(configuration: configuration, configurationSource: "test", logger: Logger(label: "badge-test"),
                                   clock: { clock.withLock { $0 } })
        runtime.attach(store)
        return (runtime, store, folder)
    }

    private static func punches(_ store: KioskStore) async throws -> [String] {
        try await store.punches(on: LocalDate(year: 2026, month: 11, day: 30)).sorted { $0.instant < $1.instant }
            .map { "\($0.employee) \($0.kind.rawValue) \($0.method.rawValue)" }
    }

    @Test("a known badge punches its owner with method badge; an unknown one is refused with the fix")
    func badgePunches() async throws {
        let (runtime, store, folder) = try await Self.runtime()
        defer { try? FileManager.default.removeItem(at: folder) }
        let message = try #require(await runtime.punchWithBadge("0004521337"))
        #expect(message.tone == .success && message.text.hasPrefix("Buenos días, Andrés — entrada"), "\(message.text)")
        #expect(runtime.snapshot().recent.first?.method == .badge)
        let unknown = try #require(await runtime.punchWithBadge("99999999"))
        #expect(unknown.text == "Tarjeta no reconocida")
        #expect(unknown.detail?.contains("kiosk badge set") == true)
        #expect(try await Self.punches(store) == ["E003 IN badge"])
    }

    @Test("the owner's badge answers their short-stay question; someone else's face cannot")
    func badgeAnswersTheOwnersQuestion() async throws {
        let (runtime, store, folder) = try await Self.runtime()
        defer { try? FileManager.default.removeItem(at: folder) }
        await runtime.punchWithBadge("0004521337")
        await runtime.punchWithBadge("0004521337")
        #expect(runtime.snapshot().shortStay?.code == EmployeeCode("E003"), "an exit a moment after the entry asks first")
        await runtime.punchWithBadge("0004521337")
        #expect(runtime.snapshot().shortStay == nil)
        #expect(try await Self.punches(store) == ["E003 IN badge", "E003 OUT badge"])
    }

    @Test("a badge read while the person just greeted still stands at the camera: the badge's greeting stays")
    func badgeBesideAGreetedFace() async throws {
        let (runtime, store, folder) = try await Self.runtime()
        defer { try? FileManager.default.removeItem(at: folder) }
        let face = RecognitionResult(sequence: 1, box: FaceBox(left: 10, top: 10, right: 200, bottom: 200),
                                     verdict: .match(code: "E001", distance: 0.3), seconds: 0.01)
        runtime.handle(face)
        runtime.handle(face)
        // E001's punch runs in a task: wait for it (no timing is asserted).
        var punches: [String] = []
        for _ in 0..<500 where punches.isEmpty {
            punches = try await Self.punches(store)
            if punches.isEmpty { try await Task.sleep(for: .milliseconds(10)) }
        }
        #expect(punches == ["E001 IN face"])
        let greeting = try #require(await runtime.punchWithBadge("0004521337"))
        #expect(greeting.text.hasPrefix("Buenos días, Andrés — entrada"), "\(greeting.text)")
        // E001, still in front of the camera, is not confirmed again: no question for them replaces Andrés's greeting.
        let again = runtime.door.state.withLock { state in (0..<3).map { _ in state.confirmation.add(face.verdict) } }
        #expect(again == [nil, nil, nil], "E001 was confirmed again after Andrés's badge")
        #expect(runtime.snapshot().message?.text == greeting.text)
        #expect(runtime.snapshot().weekOffer?.code == EmployeeCode("E003"), "F5 still offers Andrés his week")
        #expect(try await Self.punches(store) == ["E001 IN face", "E003 IN badge"])
    }

    @Test("another person's badge cancels the question and punches that person")
    func anotherBadgeCancels() async throws {
        let (runtime, store, folder) = try await Self.runtime()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await store.setBadge(code: EmployeeCode("E001"), number: "11112222")
        await runtime.punchWithBadge("0004521337")
        await runtime.punchWithBadge("0004521337")
        #expect(runtime.snapshot().shortStay != nil)
        await runtime.punchWithBadge("11112222")
        #expect(runtime.snapshot().shortStay == nil)
        #expect(try await Self.punches(store) == ["E003 IN badge", "E001 IN badge"])
    }

    @Test("[checkin] methods without badge ignores badges; without pin, F4 says so")
    func methodsChooseTheWays() async throws {
        let (runtime, store, folder) = try await Self.runtime(methods: "face,pin")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(await runtime.punchWithBadge("0004521337") == nil)
        #expect(try await Self.punches(store).isEmpty)
        #expect(runtime.snapshot().checkInMethods == [.face, .pin])

        let (badgeOnly, _, other) = try await Self.runtime(methods: "badge")
        defer { try? FileManager.default.removeItem(at: other) }
        badgeOnly.refusePINCheckIn()
        #expect(badgeOnly.snapshot().message?.text == "En esta puerta no se ficha con PIN")
        let banner = CheckInScreen(snapshot: badgeOnly.snapshot(now: Self.start.addingTimeInterval(60))).banner
        #expect(banner.text == "Pase su tarjeta por el lector")
        // Without face, a recognised face moves the box but punches nobody.
        for _ in 0..<3 {
            badgeOnly.handle(RecognitionResult(sequence: 1, box: FaceBox(left: 10, top: 10, right: 200, bottom: 200),
                                               verdict: .match(code: "E001", distance: 0.3), seconds: 0.01))
        }
        #expect(badgeOnly.snapshot().faceBox != nil)
        // The frames never reached the confirmation window (had they, E001 would already be reported and
        // punched, and a further frame would report nothing).
        let fresh = badgeOnly.door.state.withLock { state in
            (state.confirmation.add(.match(code: "E001", distance: 0.3)), state.confirmation.add(.match(code: "E001", distance: 0.3)))
        }
        #expect(fresh.0 == nil && fresh.1 == .employee(code: "E001", distance: 0.3), "no face punch on a badge-only door")
    }
}
