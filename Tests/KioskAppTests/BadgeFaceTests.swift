import Attendance
import FaceEngine
import Foundation
import KioskConfig
import KioskStore
import Logging
import Synchronization
import Testing
@testable import KioskApp

/// Two-factor check-in (`[checkin] badge_face = true`): a badge, then that one person's face (1:1).
@Suite("Badge + face")
struct BadgeFaceTests {
    private static let start = ISO8601DateFormatter().date(from: "2026-11-30T08:00:00Z")!
    private static let owner = [Float](repeating: 0.05, count: 128)
    private static let stranger = [Float](repeating: -0.05, count: 128)

    private static func frame(_ vector: [Float]?) -> RecognitionResult {
        RecognitionResult(sequence: 1, box: vector == nil ? nil : FaceBox(left: 10, top: 10, right: 200, bottom: 200),
                          verdict: vector == nil ? .noFace : .unknown(distance: nil), seconds: 0.01,
                          embedding: vector.map { Embedding(values: $0) })
    }

    @Test("the check confirms after confirm_frames frames within the threshold, refuses after as many beyond it")
    func pureCheck() {
        var check = BadgeFaceCheck(code: EmployeeCode("E001"), name: "Barack Obama", templates: [Embedding(values: Self.owner)],
                                   threshold: 0.55, required: 2, now: Self.start, confirmSeconds: 10)
        #expect(check.add(nil) == .waiting)
        #expect(check.add(Embedding(values: Self.owner)) == .waiting)
        #expect(check.add(Embedding(values: Self.owner)) == .confirmed(distance: 0))
        var other = BadgeFaceCheck(code: EmployeeCode("E001"), name: "Barack Obama", templates: [Embedding(values: Self.owner)],
                                   threshold: 0.55, required: 2, now: Self.start, confirmSeconds: 10)
        #expect(other.add(Embedding(values: Self.stranger)) == .waiting)
        guard case .refused(let distance) = other.add(Embedding(values: Self.stranger)) else {
            Issue.record("a face far from the owner's templates is refused")
            return
        }
        #expect(distance > 0.55)
        #expect(!other.hasExpired(at: Self.start.addingTimeInterval(9.9)) && other.hasExpired(at: Self.start.addingTimeInterval(10)))
    }

    @Test("a badge with someone else's face is refused; with the owner's it punches; no face in time expires")
    func runtimeTwoFactor() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("badge-face-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var configuration = KioskConfiguration()
        configuration.checkin.badgeFace = true
        configuration.checkin.confirmSeconds = 10
        let options = StoreOptions(timeZone: TimeZone(identifier: "Europe/Madrid")!)
        let store = try await KioskStore.open(path: folder.appendingPathComponent("kiosk.sqlite").path, options: options, now: Self.start)
        _ = try await store.seed(demo: true, now: Self.start)
        _ = try await store.addTemplates(for: EmployeeCode("E001"), vectors: [Self.owner],
                                         consent: BiometricConsent(textVersion: "test", recordedBy: EmployeeCode("S001")), now: Self.start)
        try await store.setBadge(code: EmployeeCode("E001"), number: "11112222")
        try await store.setBadge(code: EmployeeCode("E003"), number: "33334444")
        let clock = Mutex(Self.start)
        let runtime = KioskRuntime(configuration: configuration, configurationSource: "test", logger: Logger(label: "badge-face-test"),
                                   clock: { clock.withLock { $0 } })
        runtime.attach(store)
        func punches() async throws -> [String] {
            try await store.punches(on: LocalDate(year: 2026, month: 11, day: 30)).map { "\($0.employee) \($0.kind.rawValue) \($0.method.rawValue)" }
        }

        let asked = try #require(await runtime.punchWithBadge("11112222"))
        #expect(asked.text == "Tarjeta de Barack: mire a la cámara")
        runtime.handle(Self.frame(Self.stranger))
        runtime.handle(Self.frame(Self.stranger))
        #expect(runtime.snapshot().message?.text == "La cara no es la de la tarjeta de Barack: no registrado")
        #expect(try await punches().isEmpty)

        await runtime.punchWithBadge("11112222")
        clock.withLock { $0 = $0.addingTimeInterval(10) }
        runtime.expireQuestion()
        #expect(runtime.snapshot().message?.text == "Tarjeta de Barack sin cara a tiempo: no registrado")
        runtime.handle(Self.frame(Self.owner))
        runtime.handle(Self.frame(Self.owner))
        #expect(try await punches().isEmpty, "a face after the badge expired punches nobody by badge")

        let none = try #require(await runtime.punchWithBadge("33334444"))
        #expect(none.text == "Andrés no tiene la cara inscrita: no registrado")

        await runtime.punchWithBadge("11112222")
        runtime.handle(Self.frame(Self.owner))
        runtime.handle(Self.frame(Self.owner))
        var recorded: [String] = []
        for _ in 0..<200 {
            recorded = try await punches()
            if !recorded.isEmpty { break }
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(recorded == ["E001 IN badge"])
    }
}
