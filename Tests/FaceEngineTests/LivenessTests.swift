import Foundation
import TestEnvironment
import Testing

@testable import FaceEngine
import KioskBenchmarks
import Vocabulary

/// Liveness on real footage (`scripts/bootstrap` converts it into assets/liveness/bench): the eye aspect
/// ratio finds the annotated blink, a live clip is accepted, and a still moved rigidly is refused.
@Suite struct LivenessTests {
    static let bench = TestResources.repositoryRoot + "/assets/liveness/bench"
    static let mitTest = bench + "/live/mit_test"
    static let singleFace = bench + "/live/single_face"

    /// Why the footage tests cannot run here, nil when they can.
    static let missing: String? = {
        if LivenessBenchmark.framePaths(in: singleFace).isEmpty {
            return "\(singleFace) has no frames (run scripts/bootstrap)"
        }
        if !FileManager.default.fileExists(atPath: TestResources.modelsDirectory + "/" + FaceShapeModel.fileName) {
            return "models/\(FaceShapeModel.fileName) is missing; \(TestResources.fetchHint)"
        }
        return nil
    }()

    /// Why the MIT blink clip is not here, nil when it is: it comes from ../shared/liveness, placed by hand.
    static let mitMissing: String? = LivenessBenchmark.framePaths(in: mitTest).isEmpty
        ? "\(mitTest) has no frames (scripts/bootstrap makes them only from ../shared/liveness)" : nil

    static func benchmark() throws -> LivenessBenchmark {
        LivenessBenchmark(recognizer: try TestResources.models().makeRecognizer(),
                          shapes: try FaceShapeModel.load(directory: TestResources.modelsDirectory),
                          detection: DetectionSettings(minFacePixels: 80, upsample: 0), settings: LivenessSettings(), confirmFrames: 2)
    }

    static func frames(_ folder: String) throws -> [RGBImage] {
        try LivenessBenchmark.framePaths(in: folder).map { try RGBImage(contentsOfFile: $0) }
    }

    /// blink_detector_mit's test.mp4 blinks at frames 36–39 (its README): the eye aspect ratio of our 68
    /// landmarks, frame by frame, finds one blink there, ± 1 frame.
    ///
    /// The clip's test.csv was meant as the reference, but its 68 landmarks do not follow this clip (every frame
    /// of the clip matches the CSV's rows 535–536 best) and its eye ratio never falls below 0.70 of its median,
    /// so the CSV is checked only for its shape (68 points a row) and the annotated frames are the reference.
    @Test(.needs(.bootstrapAssets, missing: missing), .needs(.livenessMaterial, missing: mitMissing), .timeLimit(.minutes(20)))
    func blinkFoundAtTheAnnotatedFrames() throws {
        let bench = try Self.benchmark()
        var ratios: [Double] = []
        for frame in try Self.frames(Self.mitTest) {
            let shape = try frame.withView { view throws(FaceEngineError) -> FaceShape? in
                guard let box = try bench.recognizer.detectFaces(in: view, settings: bench.detection).first else { return nil }
                return try bench.shapes.shape(in: view, box: box)
            }
            ratios.append(try #require(shape.map(EyeAspectRatio.of), "no face in frame \(ratios.count) of test.mp4"))
        }
        #expect(ratios.count == 75)
        let blinks = BlinkSeries.blinks(in: ratios, ratio: LivenessSettings().blinkRatio)
        #expect(blinks.count == 1, "blinks found: \(blinks); ratios \(ratios.map { String(format: "%.2f", $0) })")
        let blink = try #require(blinks.first)
        #expect(abs(blink.lowerBound - 36) <= 1 && abs(blink.upperBound - 39) <= 1, "blink at \(blink), annotated 36...39")

        let csv = TestResources.repositoryRoot + "/assets/liveness/annotations/mit_test.csv"
        if let text = try? String(contentsOfFile: csv, encoding: .utf8) {
            let rows = text.split(whereSeparator: \.isNewline)
            #expect(rows.allSatisfy { $0.split(separator: ",").count == 1 + 2 * FaceShape.count }, "test.csv rows are frame + 136 values")
        } else {
            print("LivenessTests: \(csv) absent (run scripts/bootstrap with ../shared/liveness); its shape is not checked")
        }
    }

    /// The eye aspect ratio series itself: a dip to a third of the open eye is one blink, noise is none.
    @Test func blinkSeriesFindsRunsBelowTheOpenEye() {
        let open = [0.33, 0.35, 0.34, 0.36, 0.33, 0.35, 0.34]
        #expect(BlinkSeries.blinks(in: open, ratio: 0.65).isEmpty)
        #expect(BlinkSeries.blinks(in: open + [0.2, 0.11, 0.12] + open, ratio: 0.65) == [7...9])
    }

    /// A homography fitted to points moved by a known homography is that homography; points moved otherwise
    /// leave a residual.
    @Test func homographyFitRecoversAKnownMotion() {
        let truth = RigidMotion.tilt.homography(frame: 5, of: 20, width: 640, height: 480)
        var source: [SIMD2<Double>] = []
        for index in 0..<30 {
            let column = Double(index % 6), row = Double(index / 6)
            source.append(SIMD2(100 + 13 * column, 80 + 17 * row))
        }
        let target = source.map(truth.apply)
        guard let fitted = PlaneHomography.fit(from: source, to: target) else {
            Issue.record("no homography fitted to 30 points in general position")
            return
        }
        #expect(fitted.residual(from: source, to: target) < 1e-6)
        var bent = target
        bent[7].x += 6
        #expect(fitted.residual(from: source, to: bent) > 1)
    }

    /// single_face.mp4 (a man at a webcam, one blink at frames 25–29) is accepted, within 1.5 s of the first
    /// face frame.
    @Test(.needs(.bootstrapAssets, missing: missing), .timeLimit(.minutes(20)))
    func liveClipIsAccepted() throws {
        let bench = try Self.benchmark()
        let row = try bench.evaluate(frames: try Self.frames(Self.singleFace), fps: 30, label: .live, name: "single_face")
        #expect(row.accepted, "single_face refused: \(row.evidence)")
        #expect((row.secondsToDecide ?? .infinity) <= 1.5, "decided after \(row.secondsToDecide ?? -1) s")
    }

    /// A frame of the same clip, moved by hand in each of the four ways, is refused once the window closes.
    @Test(.needs(.bootstrapAssets, missing: missing), .timeLimit(.minutes(20)))
    func rigidlyMovedStillIsRefused() throws {
        let bench = try Self.benchmark()
        let still = try RGBImage(contentsOfFile: LivenessBenchmark.framePaths(in: Self.singleFace)[10])
        for motion in RigidMotion.allCases {
            let row = try bench.evaluate(frames: try motion.frames(of: still, count: LivenessBenchmark.movedFrames),
                                         fps: LivenessBenchmark.movedFPS, label: .attack, name: motion.rawValue)
            #expect(row.outcome == "refused", "\(motion): \(row.outcome), evidence \(row.evidence)")
            #expect(row.evidence.frames > 60, "\(motion): the face was followed in only \(row.evidence.frames) frames")
        }
    }
}
