public import Camera
public import FaceEngine
import Foundation
import KioskApp
import Synchronization
public import KioskConfig

/// `kiosk bench --soak MINUTES`: the recognition loop on the replay camera (the demo replay, looping) for a
/// while, printing resident memory and CPU once a minute, to show that an idle door stays cheap and that
/// memory stays flat. It runs the camera and recognition threads as `kiosk run` does, without the screen.
public struct RecognitionSoak: Sendable {
    /// One minute's figures.
    public struct Sample: Sendable {
        public let minute: Int
        public let residentBytes: Int
        /// CPU time over wall time in the minute, in percent of one core.
        public let cpuPercent: Double
        public let framesSkipped: UInt64
        public let results: Int

        /// One line for the table.
        public var line: String {
            String(format: "minute %3d   RSS %6.1f MB   CPU %5.1f %% of a core   frames detected %5d   still frames skipped %6llu",
                   minute, Double(residentBytes) / 1_048_576, cpuPercent, results, framesSkipped)
        }
    }

    public let configuration: KioskConfiguration
    public let minutes: Int

    public init(configuration: KioskConfiguration, minutes: Int) {
        precondition(minutes > 0, "a soak lasts at least one minute")
        self.configuration = configuration
        self.minutes = minutes
    }

    /// Runs the soak on the calling thread (which only sleeps), calling `report` after each minute.
    ///
    /// - Throws: the models' or the replay's error.
    public func run(report: (Sample) -> Void) throws {
        MemoryCleanup.limitArenas(to: 2)
        let recognition = configuration.recognition
        let models = try FaceModels.load(directory: recognition.modelsDir)
        models.releaseDlibDescriptor()
        _ = MemoryCleanup.run()
        let camera = configuration.camera
        let source = try ReplaySource(path: camera.fallbackReplay, width: camera.width, height: camera.height, fps: camera.fps)
        let results = ResultCounter()
        let loop = RecognitionLoop(
            source: source, models: models, gallery: GalleryStore(), settings: DetectionSettings(minFacePixels: recognition.minFacePx, upsample: recognition.upsample),
            policy: MatchPolicy(threshold: Float(recognition.threshold), margin: Float(recognition.margin)),
            workers: recognition.workers) { _ in results.add() }
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
            report(Sample(minute: minute, residentBytes: MemoryUsage.current()?.residentBytes ?? 0,
                          cpuPercent: 100 * (cpu - cpuBefore) / wallSeconds, framesSkipped: loop.stillFramesSkipped,
                          results: results.take()))
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

/// Results counted by the workers, read and reset once a minute.
private final class ResultCounter: Sendable {
    private let count = Mutex<Int>(0)
    func add() { count.withLock { $0 += 1 } }
    func take() -> Int { count.withLock { value in defer { value = 0 }; return value } }
}
