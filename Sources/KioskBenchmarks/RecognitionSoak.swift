public import Camera
public import FaceEngine
import Foundation
import KioskApp
import Synchronization
public import KioskConfig

/// `kiosk bench --soak MINUTES`: the recognition loop on the replay camera (the demo replay, looping) for a
/// while, printing resident memory and CPU once a minute, to show that an idle door stays cheap and that
/// memory stays flat. It loads what `kiosk run` loads (with `[liveness] mode = "on"` the 68-point model, the
/// liveness watch on the workers and the liveness gate on their results) and runs the camera and recognition
/// threads as `kiosk run` does, without the screen; first it prints what each load step adds to memory.
public struct RecognitionSoak: Sendable {
    /// One minute's figures.
    public struct Sample: Sendable {
        public let minute: Int
        public let residentBytes: Int
        /// CPU time over wall time in the minute, in percent of one core.
        public let cpuPercent: Double
        public let framesSkipped: UInt64
        public let results: Int
        /// Resident memory split into anonymous and file pages (nil off Linux).
        public let memory: SoakMemory?

        /// One line for the table.
        public var line: String {
            let split = memory.map { String(format: " (anon %5.1f + file %5.1f)", SoakMemory.mb($0.anonymous), SoakMemory.mb($0.file)) } ?? ""
            return String(format: "minute %3d   RSS %6.1f MB%@   CPU %5.1f %% of a core   frames detected %5d   still frames skipped %6llu",
                          minute, Double(residentBytes) / 1_048_576, split, cpuPercent, results, framesSkipped)
        }
    }

    public let configuration: KioskConfiguration
    public let minutes: Int

    public init(configuration: KioskConfiguration, minutes: Int) {
        precondition(minutes > 0, "a soak lasts at least one minute")
        self.configuration = configuration
        self.minutes = minutes
    }

    /// Runs the soak on the calling thread (which only sleeps): calls `breakdown` with each start-up step's
    /// line as it ends, then `report` after each minute.
    ///
    /// - Throws: the models' or the replay's error.
    public func run(breakdown: (String) -> Void = { _ in }, report: (Sample) -> Void) throws {
        MemoryCleanup.limitArenas(to: 2)
        let recognition = configuration.recognition
        // Each step is trimmed as start-up trims once at its end, so a step's line is what it keeps.
        var last = SoakMemory.now()
        func step(_ name: String) {
            _ = MemoryCleanup.run()
            guard let now = SoakMemory.now() else { return }
            let change = last.map { now.change(since: $0) } ?? ""
            breakdown("  " + name.padding(toLength: 62, withPad: " ", startingAt: 0) + change + "   now " + now.text)
            last = now
        }
        breakdown("Start-up memory (RSS; anon: heap and weights, file: code touched):")
        step("process before any model (start-up code unmapped)")
        let models = try FaceModels.load(directory: recognition.modelsDir)
        step("HOG, 5-point landmarks, ResNet (descriptor: \(models.descriptorBackend.backend))")
        if models.releaseDlibDescriptor() { step("dlib's ResNet copy released (oneDNN keeps its own)") }
        var liveness: LivenessWatch?
        if let settings = configuration.liveness.settings {
            liveness = LivenessWatch(shapes: try FaceShapeModel.load(directory: recognition.modelsDir), settings: settings)
            step("68-point landmarks for liveness ([liveness] mode = on)")
        }
        let camera = configuration.camera
        let source = try ReplaySource(path: camera.fallbackReplay, width: camera.width, height: camera.height, fps: camera.fps)
        let door = DoorDecisions(required: recognition.confirmFrames, window: recognition.confirmWindow,
                                 liveness: configuration.liveness.settings)
        let loop = RecognitionLoop(
            source: source, models: models, gallery: GalleryStore(), settings: DetectionSettings(minFacePixels: recognition.minFacePx, upsample: recognition.upsample),
            policy: MatchPolicy(threshold: Float(recognition.threshold), margin: Float(recognition.margin)),
            workers: recognition.workers, liveness: liveness) { door.decide($0) }
        source.start()
        loop.start()
        defer {
            loop.stop()
            source.stop()
        }
        var cpuBefore = Self.cpuSeconds()
        var wallBefore = ContinuousClock.now
        for minute in 1...minutes {
            Thread.sleep(forTimeInterval: 60)
            let cpu = Self.cpuSeconds(), wall = ContinuousClock.now
            let elapsed = wall - wallBefore
            let wallSeconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let memory = SoakMemory.now()
            report(Sample(minute: minute, residentBytes: memory?.resident ?? 0,
                          cpuPercent: 100 * (cpu - cpuBefore) / wallSeconds, framesSkipped: loop.stillFramesSkipped,
                          results: door.takeResultCount(), memory: memory))
            cpuBefore = cpu
            wallBefore = wall
        }
    }

    /// User plus system CPU seconds of the whole process.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}

/// What the kiosk does with the workers' results, without the screen and the store: the confirmation window
/// and the liveness gate, as `kiosk run` steps them; and the results counted, read and reset once a minute.
private final class DoorDecisions: Sendable {
    private struct State {
        var confirmation: ConfirmationWindow
        var gate: LivenessGate
        var results = 0
    }

    private let state: Mutex<State>

    init(required: Int, window: Int, liveness: LivenessSettings?) {
        state = Mutex(State(confirmation: ConfirmationWindow(required: required, window: window), gate: LivenessGate(settings: liveness)))
    }

    /// Steps the confirmation window and the liveness gate with one result, as `kiosk run` does.
    func decide(_ result: RecognitionResult) {
        state.withLock { state in
            state.results += 1
            let outcome = state.confirmation.add(result.verdict)
            _ = state.gate.step(confirmed: outcome, faceLeft: result.verdict == .noFace, time: result.time, evidence: result.liveness)
        }
    }

    /// The results since the last call.
    func takeResultCount() -> Int { state.withLock { state in defer { state.results = 0 }; return state.results } }
}
