import Dispatch
public import FaceEngine
import Foundation
import Synchronization
import Vocabulary

/// Measures the face engine the way `kiosk bench` reports it: per-stage medians, frames per second with
/// 1 and 2 workers, gallery search at 1,000 / 10,000 / 100,000 templates, model load time and memory.
///
/// For example:
///
/// ```swift
/// let report = try FaceBenchmark(modelsDirectory: "models", photoPaths: ["assets/photos/obama.jpg"]).run()
/// print(report.table())
/// ```
public struct FaceBenchmark: Sendable {
    /// Folder with the model files and `SHA256SUMS`.
    public var modelsDirectory: String
    /// Photos made into frames (cropped to 4:3 and resized).
    public var photoPaths: [String]
    /// Frame size.
    public var frameWidth = 640
    /// Frame size.
    public var frameHeight = 480
    /// The kiosk's detection settings, for the whole-frame and throughput figures.
    public var settings = DetectionSettings()
    /// Timed runs per stage and frame (the median is reported).
    public var repetitions = 3
    /// Frames each worker processes in the throughput runs.
    public var framesPerWorker = 12
    /// Searches per gallery size.
    public var gallerySearches = 40
    /// Where to write the frames as PPM files (`frame-<n>.ppm`), so the Python anchor reads the same pixels.
    public var frameDirectory: String?

    /// A benchmark over `photoPaths` with the models in `modelsDirectory` and default settings.
    public init(modelsDirectory: String, photoPaths: [String]) {
        self.modelsDirectory = modelsDirectory
        self.photoPaths = photoPaths
    }

    /// Runs the benchmark on the calling thread (plus the throughput workers' threads).
    ///
    /// Run it in a fresh process: the model load time and memory are those of the process's first load.
    ///
    /// - Throws: ``FaceEngineError`` if the models or a photo cannot be read.
    public func run() throws(FaceEngineError) -> FaceBenchmarkReport {
        let loadWatch = Stopwatch()
        let models = try FaceModels.load(directory: modelsDirectory)
        let loadSeconds = models.report.totalSeconds > 0 ? models.report.totalSeconds : loadWatch.seconds
        _ = MemoryCleanup.run()
        let afterLoad = MemoryUsage.current()
        let recognizer = try models.makeRecognizer()
        let frames = try makeFrames()

        var samples = [String: [Double]]()
        var facesPerFrame = [String: Int]()
        for (index, frame) in frames.enumerated() {
            try frame.withView { (view: RGBImageView) throws(FaceEngineError) in
                facesPerFrame["frame-\(index)"] = try recognizer.detectFaces(in: view, settings: settings).count
                for _ in 0..<repetitions {
                    for upsample in 0...1 {
                        let watch = Stopwatch()
                        _ = try recognizer.detectFaces(in: view, scale: 1, upsample: upsample)
                        samples["detect_up\(upsample)", default: []].append(watch.seconds)
                    }
                    guard let face = try recognizer.largestFace(in: view, settings: settings) else { continue }
                    samples["detect_kiosk", default: []].append(face.detectSeconds)
                    samples["landmarks", default: []].append(face.landmarksSeconds)
                    samples["chip", default: []].append(face.chipSeconds)
                    samples["descriptor", default: []].append(face.descriptorSeconds)
                    samples["frame", default: []].append(face.totalSeconds)
                }
            }
        }
        let labels: [(String, String)] = [
            ("detect_up0", "detect, full frame, upsample 0"),
            ("detect_up1", "detect, full frame, upsample 1"),
            ("detect_kiosk", "detect at kiosk settings (scaled grey)"),
            ("landmarks", "landmarks (5 points)"),
            ("chip", "aligned chip 150x150"),
            ("descriptor", "descriptor (ResNet)"),
            ("frame", "whole frame at kiosk settings"),
        ]
        let stages = labels.compactMap { key, label -> FaceBenchmarkReport.Stage? in
            guard let values = samples[key], !values.isEmpty else { return nil }
            return .init(key: key, label: label, milliseconds: FaceBenchmark.median(values) * 1000)
        }
        let throughput = try [1, 2].map { workers throws(FaceEngineError) in
            FaceBenchmarkReport.Throughput(workers: workers, framesPerSecond: try framesPerSecond(models: models, frames: frames, workers: workers))
        }
        let gallery = [1_000, 10_000, 100_000].map { count in
            FaceBenchmarkReport.GallerySearch(templates: count, milliseconds: gallerySearchMilliseconds(templates: count))
        }
        return FaceBenchmarkReport(
            frameWidth: frameWidth, frameHeight: frameHeight, facesPerFrame: facesPerFrame,
            minFacePixels: settings.minFacePixels, upsample: settings.upsample, stages: stages,
            throughput: throughput, gallery: gallery, modelLoadSeconds: loadSeconds,
            residentBytesAfterLoad: afterLoad?.residentBytes ?? 0,
            peakResidentBytes: MemoryUsage.current()?.peakResidentBytes ?? 0,
            descriptorBackend: recognizer.descriptorBackend)
    }

    /// The photos as frames: the widest 4:3 crop (a third of the spare height above it, where portraits
    /// keep the face), resized to the frame size; written as PPM when `frameDirectory` is set.
    func makeFrames() throws(FaceEngineError) -> [RGBImage] {
        try photoPaths.enumerated().map { index, path throws(FaceEngineError) in
            let photo = try RGBImage(contentsOfFile: path)
            let frame = try photo.withView { (view: RGBImageView) throws(FaceEngineError) -> RGBImage in
                let cropWidth = min(view.width, view.height * frameWidth / frameHeight)
                let cropHeight = min(view.height, cropWidth * frameHeight / frameWidth)
                let crop = view.cropped(x: (view.width - cropWidth) / 2, y: (view.height - cropHeight) / 3,
                                        width: cropWidth, height: cropHeight)
                return try crop.resized(width: frameWidth, height: frameHeight)
            }
            if let frameDirectory {
                let target = (frameDirectory as NSString).appendingPathComponent("frame-\(index).ppm")
                try frame.withView { (view: RGBImageView) throws(FaceEngineError) in try view.writePPM(to: target) }
            }
            return frame
        }
    }

    /// Whole frames per second with `workers` threads, each with its own recognizer.
    private func framesPerSecond(models: FaceModels, frames: [RGBImage], workers: Int) throws(FaceEngineError) -> Double {
        let settings = settings
        let framesPerWorker = framesPerWorker
        let spans = Mutex<[(start: ContinuousClock.Instant, end: ContinuousClock.Instant)]>([])
        let failure = Mutex<FaceEngineError?>(nil)
        let ready = DispatchGroup()
        let done = DispatchGroup()
        let start = DispatchSemaphore(value: 0)
        for worker in 0..<workers {
            ready.enter()
            done.enter()
            let thread = Thread {
                defer { done.leave() }
                do throws(FaceEngineError) {
                    let recognizer = try models.makeRecognizer()
                    ready.leave()
                    start.wait()
                    let begin = ContinuousClock.now
                    for index in 0..<framesPerWorker {
                        let frame = frames[(index + worker) % frames.count]
                        _ = try frame.withView { (view: RGBImageView) throws(FaceEngineError) in
                            try recognizer.largestFace(in: view, settings: settings)
                        }
                    }
                    let span = (start: begin, end: ContinuousClock.now)
                    spans.withLock { $0.append(span) }
                } catch {
                    failure.withLock { $0 = error }
                    ready.leave()
                }
            }
            thread.start()
        }
        ready.wait()
        for _ in 0..<workers { start.signal() }
        done.wait()
        if let error = failure.withLock({ $0 }) { throw error }
        let measured = spans.withLock { $0 }
        guard let first = measured.map(\.start).min(), let last = measured.map(\.end).max() else { return 0 }
        let elapsed = last - first
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return Double(workers * framesPerWorker) / seconds
    }

    /// Median milliseconds of a search in a random gallery of `templates` templates (10 per employee),
    /// each query a template plus noise, as a probe of an enrolled person looks.
    private func gallerySearchMilliseconds(templates: Int) -> Double {
        var random = SplitMix64(seed: UInt64(templates))
        let enrolled = FaceBenchmark.randomTemplates(count: templates, perEmployee: 10, using: &random)
        let gallery = Gallery(templates: enrolled)
        var times = [Double]()
        for _ in 0..<gallerySearches {
            let base = enrolled[Int.random(in: 0..<enrolled.count, using: &random)].embedding.values
            let query = Embedding(values: base.map { $0 + Float.random(in: -0.03...0.03, using: &random) })
            let watch = Stopwatch()
            _ = gallery.nearest(to: query)
            times.append(watch.seconds)
        }
        return FaceBenchmark.median(times) * 1000
    }

    /// A random embedding with values spread like dlib's (roughly within ±0.25).
    static func randomEmbedding(using random: inout SplitMix64) -> Embedding {
        Embedding(values: (0..<Embedding.length).map { _ in Float.random(in: -0.25...0.25, using: &random) })
    }

    /// `count` random templates, `perEmployee` per employee code `E<n>`.
    static func randomTemplates(count: Int, perEmployee: Int, using random: inout SplitMix64) -> [FaceTemplate] {
        (0..<count).map { index in
            FaceTemplate(employeeCode: "E\(index / perEmployee)", embedding: randomEmbedding(using: &random))
        }
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
