import Logging
import Synchronization
import Testing
@testable import KioskApp
import Vocabulary

@Suite struct StartupSequenceTests {
    @Test func phasesRunInDesignOrderWhateverOrderTheyWereGiven() async {
        let ran = Mutex<[StartupPhase]>([])
        var sequence = StartupSequence(logger: Logger(label: "test"))
        for phase in StartupPhase.allCases.reversed() {
            sequence.on(phase) { _ in
                ran.withLock { $0.append(phase) }
                return .ok(Bilingual(es: "ok", en: "ok"))
            }
        }
        let progress = StartupProgress()
        await sequence.run(progress: progress)
        let order = ran.withLock { $0 }
        #expect(order == StartupPhase.allCases)
        let modelLoad = order.firstIndex(of: .modelLoad)!
        #expect(order.firstIndex(of: .memoryCleanup)! == modelLoad + 1)
        #expect(order.firstIndex(of: .seeds)! == modelLoad + 2)
        #expect(progress.started == StartupPhase.allCases)
    }

    struct Broken: Error, LocalizedMessage {
        func message(in language: Language) -> String { "no camera at /dev/video0" }
        func fix(in language: Language) -> String? { "plug it in" }
    }

    @Test func aFailedPhaseIsRecordedAndTheRestStillRuns() async {
        var sequence = StartupSequence(logger: Logger(label: "test"))
        sequence.on(.camera) { _ in throw Broken() }
        sequence.on(.sync) { _ in .degraded(Bilingual(es: "sin servidor", en: "standalone"), fix: Bilingual(es: "-", en: "-")) }
        let progress = StartupProgress()
        let outcomes = await sequence.run(progress: progress)
        #expect(outcomes[.camera]?.verdict == .failed)
        #expect(outcomes[.camera]?.detail.en == "no camera at /dev/video0")
        #expect(outcomes[.sync]?.verdict == .warning)
        let lines = progress.snapshot()
        #expect(lines.first { $0.phase == .camera }?.fraction == 1)
        #expect(lines.first { $0.phase == .modelLoad }?.outcome == nil)
    }
}
