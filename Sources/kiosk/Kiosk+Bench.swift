import ArgumentParser
import BlockingWork
import Camera
import FaceEngine
import Foundation
import KioskApp
import KioskBenchmarks

extension Kiosk {
    /// `kiosk bench`: the benchmark tables (run from a release build: `make bench`).
    struct Bench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print benchmark tables: face engine, store, camera capture (or face accuracy on a photo set).",
            discussion: """
                Without a section flag every section runs. scripts/bench-anchor runs the face section next to \
                the Python face_recognition anchor on the same frames and prints the ratios.
                """
        )

        @OptionGroup var options: ConfigOptions

        @Flag(help: "Face engine: per-stage medians, frames per second, gallery search, model load, RSS.")
        var face = false

        @Flag(help: "Store: punch commit with fsync, day summary of 5,000 employees.")
        var store = false

        @Flag(help: "Camera: capture and conversion throughput, 640×480 MJPEG and YUYV.")
        var camera = false

        @Flag(help: "Print the face section as JSON (for scripts/bench-anchor).")
        var json = false

        @Option(help: "Write the frames the face section used into this folder (for scripts/bench-anchor).")
        var framesDir: String?

        @Option(help: "Print the table of a saved face JSON report and exit.")
        var tableFrom: String?

        @Option(help: "Face accuracy on DIR/<person>/<photo>: genuine/impostor distances, FAR/FRR, best threshold.")
        var accuracy: String?

        @Option(help: "With --accuracy: a pairs CSV (img_a,img_b,same) with paths relative to DIR.")
        var pairs: String?

        @Option(help: "Open-set 1:N identification on DIR/<person>/<photo>: rank-1, FNIR at FPIR 0.1 % and 1 %, the kiosk's rule.")
        var identification: String?

        @Option(help: "With --identification: photos enrolled per person.")
        var enrolPhotos = 1

        @Option(help: "With --identification: every N-th person is held out as a stranger.")
        var heldOutEvery = 4

        @Option(help: "With --accuracy or --identification: jittered passes per template (default: the enrolment's count for --identification, 1 for --accuracy).")
        var jitters: Int?

        @Option(help: "Run the recognition loop on the replay camera for MINUTES and print RSS and CPU each minute.")
        var soak: Int?

        @Option(help: "Liveness on DIR/live/<sequence>/ and DIR/attack/<sequence>/ (frames; a single still is moved rigidly 4 ways): decision and time to decide per sequence, APCER and BPCER (ISO/IEC 30107-3).")
        var liveness: String?

        @Argument(help: "Photos for the face section (default: the bootstrap photos).")
        var photos: [String] = []

        func validate() throws {
            guard enrolPhotos >= 1 else {
                throw ValidationError("--enrol-photos \(enrolPhotos): at least 1 / al menos 1")
            }
            guard heldOutEvery >= 2 else {
                throw ValidationError("--held-out-every \(heldOutEvery): at least 2 / al menos 2")
            }
            if let jitters, !(1...100).contains(jitters) {
                throw ValidationError("--jitters \(jitters): 1 to 100 / de 1 a 100")
            }
        }

        func run() async throws {
            if let tableFrom {
                let data = try Data(contentsOf: URL(fileURLWithPath: tableFrom))
                print(try JSONDecoder().decode(FaceBenchmarkReport.self, from: data).table())
                return
            }
            let configuration = try options.load()
            let recognition = configuration.recognition
            if let soak {
                guard soak > 0 else { throw ValidationError("--soak takes a number of minutes above 0, not \(soak)") }
                print("Soak: recognition on replay:\(configuration.camera.fallbackReplay) for \(soak) min (goal: RSS ≤ 100 MB and flat, CPU ≤ 5 % on a still scene)")
                try await DedicatedThread.run(name: "soak") {
                    // Unbuffered: a soak piped to a file shows each line as it ends.
                    try RecognitionSoak(configuration: configuration, minutes: soak).run(
                        breakdown: { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) },
                        report: { FileHandle.standardOutput.write(Data(($0.line + "\n").utf8)) })
                }
                return
            }
            if let liveness {
                try await Self.benchLiveness(directory: liveness, configuration: configuration)
                return
            }
            if let accuracy {
                let pairs = self.pairs
                let jitters = self.jitters ?? 1
                let door = DetectionSettings(minFacePixels: recognition.minFacePx, upsample: recognition.upsample)
                let report = try await DedicatedThread.run(name: "accuracy") { () throws -> AccuracyReport in
                    let recognizer = try FaceModels.load(directory: recognition.modelsDir).makeRecognizer()
                    let cnn = try CNNFaceModel.load(directory: recognition.modelsDir).makeDetector()
                    let evaluation = FaceAccuracy(recognizer: recognizer, threshold: Float(recognition.threshold), cnn: cnn,
                                                  jitters: jitters, doorSettings: door)
                    return try pairs.map { try evaluation.evaluate(pairsFile: $0) } ?? evaluation.evaluate(directory: accuracy)
                }
                print(json ? report.json() : report.table())
                return
            }
            if let identification {
                let (enrolPhotos, heldOutEvery) = (self.enrolPhotos, self.heldOutEvery)
                let jitters = self.jitters ?? PhotoFaceFinder.enrolmentJitters
                let policy = MatchPolicy(threshold: Float(recognition.threshold), margin: Float(recognition.margin))
                let (required, window) = (recognition.confirmFrames, recognition.confirmWindow)
                let report = try await DedicatedThread.run(name: "identification") { () throws -> IdentificationReport in
                    let recognizer = try FaceModels.load(directory: recognition.modelsDir).makeRecognizer()
                    let cnn = try CNNFaceModel.load(directory: recognition.modelsDir).makeDetector()
                    return try FaceIdentification(
                        finder: PhotoFaceFinder(recognizer: recognizer, cnn: cnn), policy: policy, enrolPhotos: enrolPhotos,
                        heldOutEvery: heldOutEvery, jitters: jitters, confirmRequired: required, confirmWindow: window
                    ).evaluate(directory: identification)
                }
                print(json ? report.json() : report.table())
                return
            }
            let all = !(face || store || camera)
            if face || all {
                let photos = self.photos.isEmpty
                    ? ["obama.jpg", "obama2.jpg", "biden.jpg", "astronaut.png"].map {
                        URL(fileURLWithPath: configuration.kiosk.demoPhotos).appendingPathComponent($0).path
                    }
                    : self.photos
                let framesDir = self.framesDir
                let report = try await DedicatedThread.run(name: "face-bench") { () throws -> FaceBenchmarkReport in
                    var benchmark = FaceBenchmark(modelsDirectory: recognition.modelsDir, photoPaths: photos)
                    benchmark.settings = DetectionSettings(minFacePixels: recognition.minFacePx, upsample: recognition.upsample)
                    benchmark.frameDirectory = framesDir
                    return try benchmark.run()
                }
                print(json ? report.json() : report.table())
                if json { return }
            }
            if store || all {
                print("\n== Store ==")
                print(try await StoreBenchmark().run())
            }
            if camera || all {
                print("\n== Camera capture + conversion ==")
                let rows = try await DedicatedThread.run(name: "capture-bench") { try CaptureBenchmark().run() }
                print(CaptureBenchmark.table(rows))
            }
        }
    }
}
