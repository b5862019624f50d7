import Attendance
import FaceEngine
import Foundation
import KioskConfig
import KioskStore
import Logging
import Synchronization
import Testing
@testable import KioskApp

/// A clock the test moves by hand: questions expire without any sleep.
private final class ManualClock: Sendable {
    private let instant: Mutex<Date>
    init(_ start: Date) { instant = Mutex(start) }
    var now: Date { instant.withLock { $0 } }
    func advance(_ seconds: TimeInterval) { instant.withLock { $0 = $0.addingTimeInterval(seconds) } }
}

/// The short-stay question ("¿registrar la salida?") on a real store and runtime, time from a manual clock:
/// it expires after `[checkin] confirm_seconds`, only the person asked answers it (face or PIN), another
/// face cancels it, and no exit is ever recorded for someone who walked away.
@Suite("Questions that expire")
struct DoorQuestionTests {
    /// A runtime with a fresh seeded store (E001 Barack, E002 Eileen), debounce 0, min_work 5 min, confirm 10 s.
    private static func runtime(clock: ManualClock) async throws -> (KioskRuntime, KioskStore, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("door-question-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var configuration = KioskConfiguration()
        configuration.recognition.debounceSeconds = 0
        configuration.recognition.minWorkMinutes = 5
        configuration.checkin.confirmSeconds = 10
        // These scripted faces carry no liveness evidence; the liveness gate has its own tests (LivenessGateTests).
        configuration.liveness.mode = "off"
        let options = StoreOptions(timeZone: TimeZone(identifier: "Europe/Madrid")!, debounceSeconds: 0, minWorkMinutes: 5)
        let store = try await KioskStore.open(path: folder.appendingPathComponent("kiosk.sqlite").path, options: options, now: clock.now)
        _ = try await store.seed(demo: true, now: clock.now)
        let runtime = KioskRuntime(configuration: configuration, configurationSource: "test", logger: Logger(label: "door-question-test"),
                                   clock: { clock.now })
        runtime.attach(store)
        return (runtime, store, folder)
    }

    private static func kinds(_ store: KioskStore, _ runtime: KioskRuntime, _ clock: ManualClock) async throws -> [String] {
        try await store.punches(on: runtime.today(now: clock.now)).sorted { $0.instant < $1.instant }
            .map { "\($0.employee) \($0.kind.rawValue) \($0.method.rawValue)" }
    }

    private static func frame(_ verdict: FrameVerdict) -> RecognitionResult {
        RecognitionResult(sequence: 1, box: verdict == .noFace ? nil : FaceBox(left: 10, top: 10, right: 200, bottom: 200),
                          verdict: verdict, seconds: 0.01)
    }

    /// Morning, a weekday: E001 checks in, and one minute later looks at the camera again.
    private static func askQuestion(_ runtime: KioskRuntime, _ clock: ManualClock) async {
        await runtime.punch(EmployeeCode("E001"), method: .face, matchDistance: 0.3)
        clock.advance(60)
        await runtime.punch(EmployeeCode("E001"), method: .face, matchDistance: 0.3)
    }

    private static let monday = ISO8601DateFormatter().date(from: "2026-11-30T08:00:00Z")!

    @Test("the question expires after confirm_seconds and records nothing")
    func expires() async throws {
        let clock = ManualClock(Self.monday)
        let (runtime, store, folder) = try await Self.runtime(clock: clock)
        defer { try? FileManager.default.removeItem(at: folder) }
        await Self.askQuestion(runtime, clock)
        let question = try #require(runtime.snapshot().shortStay, "an exit one minute after the entry asks first")
        #expect(question.code == EmployeeCode("E001"))
        #expect(question.expiresAt == clock.now.addingTimeInterval(10))

        clock.advance(9.9)
        runtime.expireQuestion()
        #expect(runtime.snapshot().shortStay != nil, "still waiting before confirm_seconds")
        #expect(runtime.snapshot().shortStay?.secondsLeft(at: clock.now) == 1)
        clock.advance(0.1)
        runtime.expireQuestion()
        #expect(runtime.snapshot().shortStay == nil)
        #expect(runtime.snapshot().message?.text == "Pregunta caducada: salida de Barack no registrada")
        // Enter after it expired answers nothing.
        #expect(await runtime.confirmShortStay() == .noQuestion)
        #expect(try await Self.kinds(store, runtime, clock) == ["E001 IN face"])
    }

    @Test("another face confirmed in front of the camera cancels the question; that person is punched instead")
    func anotherFaceCancels() async throws {
        let clock = ManualClock(Self.monday)
        let (runtime, store, folder) = try await Self.runtime(clock: clock)
        defer { try? FileManager.default.removeItem(at: folder) }
        await Self.askQuestion(runtime, clock)
        #expect(runtime.snapshot().shortStay != nil)
        // The person asked, still there, does not cancel their own question.
        runtime.handle(Self.frame(.match(code: "E001", distance: 0.3)))
        runtime.handle(Self.frame(.match(code: "E001", distance: 0.3)))
        #expect(runtime.snapshot().shortStay != nil)
        runtime.handle(Self.frame(.noFace))
        clock.advance(1)
        runtime.handle(Self.frame(.match(code: "E002", distance: 0.3)))
        runtime.handle(Self.frame(.match(code: "E002", distance: 0.3)))
        #expect(runtime.snapshot().shortStay == nil, "E002 at the door cancels E001's question")
        #expect(await runtime.confirmShortStay() == .noQuestion, "Enter now cannot record E001's exit")
        // E002's own punch runs in a task: wait for it (no timing is asserted).
        var punches: [String] = []
        for _ in 0..<200 {
            punches = try await Self.kinds(store, runtime, clock)
            if punches.count == 2 { break }
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(punches == ["E001 IN face", "E002 IN face"])
    }

    @Test("an unknown face cancels the question too, and the screen says the exit was not recorded")
    func unknownFaceCancels() async throws {
        let clock = ManualClock(Self.monday)
        let (runtime, store, folder) = try await Self.runtime(clock: clock)
        defer { try? FileManager.default.removeItem(at: folder) }
        await Self.askQuestion(runtime, clock)
        runtime.handle(Self.frame(.noFace))
        runtime.handle(Self.frame(.unknown(distance: 0.7)))
        runtime.handle(Self.frame(.unknown(distance: 0.7)))
        #expect(runtime.snapshot().shortStay == nil)
        #expect(runtime.snapshot().message?.detail == "otra persona delante de la cámara: salida de Barack no registrada")
        #expect(try await Self.kinds(store, runtime, clock) == ["E001 IN face"])
    }

    @Test("Enter records the exit only while the asked person's face is in front of the camera")
    func enterNeedsTheAskedFace() async throws {
        let clock = ManualClock(Self.monday)
        let (runtime, store, folder) = try await Self.runtime(clock: clock)
        defer { try? FileManager.default.removeItem(at: folder) }
        await Self.askQuestion(runtime, clock)
        // Nobody in front of the camera: Enter asks for E001's PIN instead.
        runtime.handle(Self.frame(.noFace))
        #expect(await runtime.confirmShortStay() == .needsPIN(EmployeeCode("E001")))
        // Their face, but seen more than faceFreshness ago: still the PIN.
        runtime.handle(Self.frame(.match(code: "E001", distance: 0.3)))
        clock.advance(ShortStayQuestion.faceFreshness + 0.5)
        #expect(await runtime.confirmShortStay() == .needsPIN(EmployeeCode("E001")))
        #expect(try await Self.kinds(store, runtime, clock) == ["E001 IN face"])
        // Seen now: Enter is their answer.
        runtime.handle(Self.frame(.match(code: "E001", distance: 0.3)))
        #expect(await runtime.confirmShortStay() == .recorded)
        #expect(runtime.snapshot().shortStay == nil)
        #expect(try await Self.kinds(store, runtime, clock) == ["E001 IN face", "E001 OUT face"])
    }

    @Test("a PIN answers only the question asked of its owner, and only before it expires")
    func pinAnswers() async throws {
        let clock = ManualClock(Self.monday)
        let (runtime, store, folder) = try await Self.runtime(clock: clock)
        defer { try? FileManager.default.removeItem(at: folder) }
        await Self.askQuestion(runtime, clock)
        #expect(await runtime.answerShortStayWithPIN(code: EmployeeCode("E002")) == .noQuestion, "someone else's PIN")
        #expect(runtime.snapshot().shortStay != nil, "the question still waits for E001")
        clock.advance(10)
        #expect(await runtime.answerShortStayWithPIN(code: EmployeeCode("E001")) == .noQuestion, "expired")
        #expect(try await Self.kinds(store, runtime, clock) == ["E001 IN face"])

        await runtime.punch(EmployeeCode("E001"), method: .face, matchDistance: 0.3)
        #expect(runtime.snapshot().shortStay != nil, "asked again")
        #expect(await runtime.answerShortStayWithPIN(code: EmployeeCode("E001")) == .recorded)
        #expect(try await Self.kinds(store, runtime, clock) == ["E001 IN face", "E001 OUT pin"])
    }

    @Test("Esc declines: nothing recorded, and the entry stays open")
    func escDeclines() async throws {
        let clock = ManualClock(Self.monday)
        let (runtime, store, folder) = try await Self.runtime(clock: clock)
        defer { try? FileManager.default.removeItem(at: folder) }
        await Self.askQuestion(runtime, clock)
        runtime.declineShortStay()
        #expect(runtime.snapshot().shortStay == nil)
        #expect(runtime.snapshot().message?.text == "Salida no registrada: sigue dentro")
        #expect(try await Self.kinds(store, runtime, clock) == ["E001 IN face"])
    }

    @Test("a recognised supervisor is punched and offered F2 for a few seconds; a colleague is offered nothing")
    func staffOffer() async throws {
        let clock = ManualClock(Self.monday)
        let (runtime, store, folder) = try await Self.runtime(clock: clock)
        defer { try? FileManager.default.removeItem(at: folder) }
        let message = await runtime.punch(EmployeeCode("S001"), method: .face, matchDistance: 0.3)
        #expect(message.tone == .success)
        #expect(message.detail == "F2 = su pantalla de supervisor (con su PIN)")
        let offer = try #require(runtime.snapshot().staffOffer)
        #expect(offer.code == EmployeeCode("S001") && offer.roles == [.supervisor])
        #expect(CheckInScreen.keys(.es, offer: offer).map(\.label).contains("Supervisor: S001"))
        clock.advance(StaffOffer.seconds)
        #expect(runtime.snapshot().staffOffer == nil, "the offer ends")
        #expect(try await Self.kinds(store, runtime, clock) == ["S001 IN face"])

        _ = await runtime.punch(EmployeeCode("T001"), method: .pin)
        #expect(runtime.snapshot().staffOffer == nil, "a PIN punch is not a recognised face")
        _ = await runtime.punch(EmployeeCode("E001"), method: .face, matchDistance: 0.3)
        #expect(runtime.snapshot().staffOffer == nil)
        let technician = try #require(StaffOffer(for: Employee(code: EmployeeCode("T9"), name: "T", role: .tecnico), at: clock.now))
        #expect(technician.roles == [.technician])
        let administrator = try #require(StaffOffer(for: Employee(code: EmployeeCode("A9"), name: "A", role: .administrador), at: clock.now))
        #expect(administrator.roles == [.supervisor, .technician])
    }
}
