public import Camera
public import FaceEngine
import Foundation
import Synchronization

/// The recognition threads: each takes the newest frame no other worker has taken, finds the largest face,
/// describes it, and matches it against the gallery; results go to `onResult`.
///
/// An idle door costs almost nothing: a frame of an empty scene that has not changed since the last
/// detection is skipped (``MotionGate``), and no result is sent for it. While a face is in view every frame
/// is detected, first in the region around the face's last box (``FaceRegion``), then in the whole frame.
///
/// With a ``LivenessWatch`` the face that matched an employee also gets its 68 landmarks while the liveness
/// decision is open; the evidence travels in the result.
///
/// Each worker owns a ``FaceFinder`` (dlib's networks are not thread-safe) made from the process's one
/// loaded engine (``FaceFinding``: `FaceModels` at the door) — copies, never a second load. Workers are
/// dedicated threads, never the cooperative pool.
public final class RecognitionLoop: Sendable {
    private let source: any FrameSource
    private let models: any FaceFinding
    private let gallery: GalleryStore
    private let settings: DetectionSettings
    private let policy: MatchPolicy
    private let workers: Int
    private let onResult: @Sendable (RecognitionResult) -> Void
    private let liveness: LivenessWatch?
    /// Highest frame sequence taken by any worker.
    private let taken = Atomic<UInt64>(0)
    private let running = Atomic<Bool>(false)
    private let skipped = Atomic<UInt64>(0)

    public init(
        source: any FrameSource, models: any FaceFinding, gallery: GalleryStore, settings: DetectionSettings,
        policy: MatchPolicy, workers: Int, liveness: LivenessWatch? = nil,
        onResult: @escaping @Sendable (RecognitionResult) -> Void
    ) {
        self.source = source
        self.models = models
        self.gallery = gallery
        self.settings = settings
        self.policy = policy
        self.workers = max(1, workers)
        self.onResult = onResult
        self.liveness = liveness
    }

    /// Starts the worker threads. Each makes its own copy of the networks on its own thread; a worker that
    /// cannot reports the error through `onWorkerFailure` and ends.
    public func start(onWorkerFailure: @escaping @Sendable (any Error) -> Void = { _ in }) {
        guard running.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged else { return }
        for index in 0..<workers {
            let thread = Thread { [self] in
                do {
                    work(try models.makeFinder())
                } catch {
                    onWorkerFailure(error)
                }
            }
            thread.name = "recognition-\(index)"
            thread.start()
        }
    }

    /// Frames skipped so far because the empty scene had not changed (for the benchmark and diagnostics).
    public var stillFramesSkipped: UInt64 { skipped.load(ordering: .relaxed) }

    /// Asks the workers to stop; they finish their current frame.
    public func stop() {
        running.store(false, ordering: .releasing)
    }

    /// Describes the largest face of one frame and matches it (used by the loop and by the technician's
    /// "test recognition" on the live frame, with a recognizer of its own).
    public static func recognise(
        _ frame: Frame, with recognizer: FaceRecognizer, settings: DetectionSettings
    ) throws -> FaceObservation? {
        try frame.image.withView { view in
            return try recognizer.largestFace(in: view, settings: settings)
        }
    }

    private func work(_ finder: any FaceFinder) {
        var gate = MotionGate()
        var lastBox: FaceBox?
        while running.load(ordering: .acquiring) {
            let last = taken.load(ordering: .acquiring)
            guard let frame = source.waitForFrame(newerThan: last, timeout: .milliseconds(500)) else { continue }
            // Another worker may have taken this frame meanwhile: claim it or wait for the next.
            guard taken.compareExchange(expected: last, desired: frame.sequence, ordering: .acquiringAndReleasing).exchanged else {
                continue
            }
            guard gate.worthDetecting(frame, force: lastBox != nil) else {
                skipped.add(1, ordering: .relaxed)
                continue
            }
            let started = ContinuousClock.now
            let result: RecognitionResult
            do {
                if let face = try finder.largestFace(in: frame, settings: settings, near: lastBox) {
                    lastBox = face.box
                    let match = gallery.gallery.nearest(to: face.embedding)
                    let verdict: FrameVerdict = switch policy.decide(match) {
                    case .accepted(let code, let distance):
                        .match(code: code, distance: Double(distance),
                               margin: match?.runnerUpDistance.map { Double($0 - distance) })
                    default: .unknown(distance: match.map { Double($0.distance) })
                    }
                    var code: String? = nil
                    if case .match(let matched, _, _) = verdict { code = matched }
                    let evidence = liveness?.observe(frame, box: face.box, code: code)
                    result = RecognitionResult(sequence: frame.sequence, box: face.box, verdict: verdict,
                                               seconds: Self.seconds(since: started), embedding: face.embedding,
                                               time: LivenessWatch.seconds(frame.timestamp), liveness: evidence)
                } else {
                    lastBox = nil
                    result = RecognitionResult(sequence: frame.sequence, box: nil, verdict: .noFace,
                                               seconds: Self.seconds(since: started), time: LivenessWatch.seconds(frame.timestamp))
                }
            } catch {
                lastBox = nil
                result = RecognitionResult(sequence: frame.sequence, box: nil, verdict: .noFace,
                                           seconds: Self.seconds(since: started))
            }
            onResult(result)
        }
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let d = ContinuousClock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
