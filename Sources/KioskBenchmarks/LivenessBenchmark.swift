public import FaceEngine
import Foundation
public import Vocabulary

/// `kiosk bench --liveness DIR`: the liveness decision on labelled sequences, in ISO/IEC 30107-3's terms.
///
/// `DIR/live/<name>/` and `DIR/attack/<name>/` hold frames (JPEG or PNG, in name order) at the frame rate in
/// the folder's `fps` file (30 when absent). A folder holding a single picture is a presentation attack
/// instrument to move: it becomes one sequence per ``RigidMotion`` (4 s at 30 fps), as a hand moves a photo or
/// a phone. Each sequence runs as the door does: the largest face at the kiosk's detection settings, its 68
/// landmarks, the identity taken as confirmed on the `confirmFrames`-th face frame, then live evidence within
/// the window or a refusal.
public struct LivenessBenchmark {
    /// One sequence's outcome.
    public struct Row: Sendable {
        public let label: Label
        public let name: String
        /// `live·blink` or `live·motion` (which evidence came first): would be punched; `refused`: window closed without evidence; `no face`: never detected;
        /// `ended`: the sequence ended before the window closed, without evidence (not punched).
        public let outcome: String
        public let accepted: Bool
        /// Seconds from the first face frame to the decision (nil with no face).
        public let secondsToDecide: Double?
        public let evidence: LivenessEvidence
        /// Mean milliseconds per frame of detection and of the 68 landmarks.
        public let detectMilliseconds: Double
        public let landmarkMilliseconds: Double
    }

    /// Whether a sequence is a bona fide presentation or an attack.
    public enum Label: String, Sendable { case live, attack }

    public let recognizer: FaceRecognizer
    public let shapes: FaceShapeModel
    public let detection: DetectionSettings
    public let settings: LivenessSettings
    public let confirmFrames: Int

    public init(recognizer: FaceRecognizer, shapes: FaceShapeModel, detection: DetectionSettings, settings: LivenessSettings, confirmFrames: Int) {
        self.recognizer = recognizer
        self.shapes = shapes
        self.detection = detection
        self.settings = settings
        self.confirmFrames = confirmFrames
    }

    /// Frames of a generated attack sequence, and their rate.
    public static let movedFrames = 120
    public static let movedFPS = 30.0

    /// Runs every sequence of `directory`, calling `progress` after each.
    ///
    /// - Throws: ``FaceEngineError`` `.imageUnreadable` naming a folder or frame that cannot be read.
    public func run(directory: String, progress: (Row) -> Void = { _ in }) throws(FaceEngineError) -> [Row] {
        var rows: [Row] = []
        for label in [Label.live, .attack] {
            let folder = (directory as NSString).appendingPathComponent(label.rawValue)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
                throw FaceEngineError(.imageUnreadable, path: folder, detail: "no \(label.rawValue)/ folder of sequences")
            }
            for name in names.sorted() {
                let path = (folder as NSString).appendingPathComponent(name)
                let frames = Self.framePaths(in: path)
                if frames.isEmpty { continue }
                if frames.count == 1 {
                    let still = try RGBImage(contentsOfFile: frames[0])
                    for motion in RigidMotion.allCases {
                        let row = try evaluate(frames: motion.frames(of: still, count: Self.movedFrames), fps: Self.movedFPS,
                                               label: label, name: "\(name) · \(motion.rawValue)")
                        rows.append(row)
                        progress(row)
                    }
                } else {
                    let fps = (try? String(contentsOfFile: (path as NSString).appendingPathComponent("fps"), encoding: .utf8))
                        .flatMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 30
                    var images: [RGBImage] = []
                    for frame in frames { images.append(try RGBImage(contentsOfFile: frame)) }
                    let row = try evaluate(frames: images, fps: fps, label: label, name: name)
                    rows.append(row)
                    progress(row)
                }
            }
        }
        return rows
    }

    /// The door's decision on one sequence.
    public func evaluate(frames: [RGBImage], fps: Double, label: Label, name: String) throws(FaceEngineError) -> Row {
        var tracker = LivenessTracker(settings: settings)
        var firstFace: Double?, confirmedAt: Double?
        var faceFrames = 0, detectSeconds = 0.0
        var decision: LivenessDecision?
        var decidedAt: Double?
        for (index, frame) in frames.enumerated() {
            let time = Double(index) / fps
            let watch = Stopwatch()
            let face = try frame.withView { view throws(FaceEngineError) in try recognizer.detectFaces(in: view, settings: detection).first }
            detectSeconds += watch.seconds
            guard let face else { continue }
            faceFrames += 1
            if firstFace == nil { firstFace = time }
            let landmarks = Stopwatch()
            let shape = try frame.withView { view throws(FaceEngineError) in try shapes.shape(in: view, box: face) }
            let evidence = tracker.add(shape, at: time, landmarkSeconds: landmarks.seconds)
            if faceFrames == confirmFrames { confirmedAt = time }
            guard let confirmedAt else { continue }
            let now = LivenessDecision(evidence: evidence, elapsedSinceConfirmation: time - confirmedAt, settings: settings)
            if case .deciding = now { continue }
            decision = now
            decidedAt = time
            break
        }
        let evidence = tracker.evidence
        let outcome: String, accepted: Bool
        switch decision {
        case .live(let evidence)?:
            (outcome, accepted) = (evidence.liveAt == evidence.blinkAt ? "live·blink" : "live·motion", true)
        case .refused?: (outcome, accepted) = ("refused", false)
        default: (outcome, accepted) = (firstFace == nil ? "no face" : "ended", false)
        }
        let end = decidedAt ?? Double(frames.count - 1) / fps
        let processed = Double(max(frames.count, 1))
        return Row(label: label, name: name, outcome: outcome, accepted: accepted,
                   secondsToDecide: firstFace.map { end - $0 }, evidence: evidence,
                   detectMilliseconds: 1000 * detectSeconds / processed,
                   landmarkMilliseconds: evidence.frames > 0 ? 1000 * evidence.landmarkSeconds / Double(evidence.frames) : 0)
    }

    /// The images of a sequence folder, in name order.
    package static func framePaths(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { ["jpg", "jpeg", "png"].contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
            .map { (folder as NSString).appendingPathComponent($0) }
    }

    /// The per-sequence table and the ISO/IEC 30107-3 summary.
    public static func table(_ rows: [Row], settings: LivenessSettings) -> String {
        var lines = ["sequence                                   decision     time to decide  frames  eye ratio open→low  non-rigid  detect ms  landmarks ms"]
        for row in rows {
            let e = row.evidence
            lines.append(String(format: "%@ %@ %@ %6d  %.2f→%.2f (%3.0f%%)  %9.3f  %9.1f  %12.1f",
                                "\(row.label.rawValue)/\(row.name)".padding(toLength: 42, withPad: " ", startingAt: 0),
                                row.outcome.padding(toLength: 12, withPad: " ", startingAt: 0),
                                (row.secondsToDecide.map { String(format: "%.2f s", $0) } ?? "-").padding(toLength: 15, withPad: " ", startingAt: 0),
                                e.frames, e.openEyeRatio, e.lowestEyeRatio, e.eyeRatioDrop * 100, e.nonRigidResidual,
                                row.detectMilliseconds, row.landmarkMilliseconds))
        }
        let attacks = rows.filter { $0.label == .attack }, lives = rows.filter { $0.label == .live }
        func percent(_ part: Int, _ whole: Int) -> String { whole == 0 ? "-" : String(format: "%.1f %% (%d of %d)", 100 * Double(part) / Double(whole), part, whole) }
        lines.append("")
        // ISO/IEC 30107-3: APCER per PAI species (here the folder name before any motion), the worst reported.
        var species: [String: (accepted: Int, total: Int)] = [:]
        for row in attacks {
            let key = String(row.name.split(separator: " ").first ?? "")
            species[key, default: (0, 0)].total += 1
            if row.accepted { species[key, default: (0, 0)].accepted += 1 }
        }
        for (name, tally) in species.sorted(by: { $0.key < $1.key }) {
            lines.append("APCER \(name): \(percent(tally.accepted, tally.total))")
        }
        lines.append("APCER (all attack presentations): \(percent(attacks.filter(\.accepted).count, attacks.count)); worst species: "
                     + (species.values.map { $0.total == 0 ? 0 : Double($0.accepted) / Double($0.total) }.max().map { String(format: "%.1f %%", 100 * $0) } ?? "-"))
        lines.append("BPCER (live presentations refused): \(percent(lives.filter { !$0.accepted }.count, lives.count))")
        let times = lives.filter(\.accepted).compactMap(\.secondsToDecide).sorted()
        if !times.isEmpty {
            lines.append(String(format: "time to decide, accepted live sequences (from the first face frame): median %.2f s, max %.2f s",
                                times[times.count / 2], times.last!))
        }
        let landmark = rows.map(\.landmarkMilliseconds).filter { $0 > 0 }, detect = rows.map(\.detectMilliseconds)
        if !landmark.isEmpty {
            lines.append(String(format: "68 landmarks: %.1f ms per followed frame (detection: %.1f ms per frame)",
                                landmark.reduce(0, +) / Double(landmark.count), detect.reduce(0, +) / Double(max(detect.count, 1))))
        }
        lines.append(String(format: "settings: window %.0f s, blink ratio ≤ %.2f and drop ≥ %.2f, non-rigid ≥ %.3f IOD for %d frames",
                            settings.windowSeconds, settings.blinkRatio, settings.blinkDrop, settings.nonRigidResidual, settings.nonRigidFrames))
        return lines.joined(separator: "\n")
    }
}
