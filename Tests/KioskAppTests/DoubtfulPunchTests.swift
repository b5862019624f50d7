import Attendance
import FaceEngine
import Foundation
import KioskConfig
import KioskStore
import Logging
import Testing
@testable import KioskApp

/// A face match near the threshold, with a runner-up nearly as close, or let through on weak liveness evidence
/// is recorded as usual and flagged doubtful for the supervisors' review queue.
struct DoubtfulPunchTests {
    private static func runtime(_ configure: (inout KioskConfiguration) -> Void = { _ in }) -> KioskRuntime {
        var configuration = KioskConfiguration()
        configure(&configuration)
        return KioskRuntime(configuration: configuration, configurationSource: "test", logger: Logger(label: "doubtful-test"))
    }

    /// Live evidence with the given blink (open and lowest eye ratio) and non-rigid residual.
    private static func evidence(open: Double, lowest: Double, blink: Bool, residual: Double = 0, motion: Bool = false) -> LivenessEvidence {
        var evidence = LivenessEvidence()
        evidence.frames = 10
        evidence.openEyeRatio = open
        evidence.highestEyeRatio = open
        evidence.lowestEyeRatio = lowest
        evidence.blinkAt = blink ? 0.5 : nil
        evidence.nonRigidResidual = residual
        evidence.nonRigidAt = motion ? 0.6 : nil
        return evidence
    }

    @Test func aMatchWithinTheBandOfTheThresholdIsDoubtful() {
        let runtime = Self.runtime { $0.recognition.threshold = 0.5 }
        #expect(runtime.remarks.remarks(matchDistance: 0.30) == [])
        #expect(runtime.remarks.remarks(matchDistance: 0.449) == [])
        #expect(runtime.remarks.remarks(matchDistance: 0.45) == .doubtful)
        #expect(runtime.remarks.remarks(matchDistance: 0.5) == .doubtful)
        #expect(runtime.remarks.remarks(matchDistance: nil) == [], "a PIN punch has no distance")
    }

    /// Margin 0.05 + band 0.03: a runner-up less than 0.08 farther is doubtful.
    @Test func aSmallRunnerUpMarginIsDoubtful() {
        let runtime = Self.runtime { $0.recognition.margin = 0.05 }
        #expect(runtime.remarks.remarks(runnerUpMargin: 0.05) == .doubtful)
        #expect(runtime.remarks.remarks(runnerUpMargin: 0.079) == .doubtful)
        #expect(runtime.remarks.remarks(runnerUpMargin: 0.081) == [])
        #expect(runtime.remarks.remarks(runnerUpMargin: 0.4) == [])
        #expect(runtime.remarks.remarks(runnerUpMargin: nil) == [], "no other employee in the gallery")
    }

    /// Default settings: blink_ratio 0.65, blink_drop 0.12, non_rigid_residual 0.05.
    @Test func weakLivenessEvidenceIsDoubtful() {
        let runtime = Self.runtime()
        // A deep blink: 0.12 / 0.30 = 0.40 of the open eye, a drop of 0.18.
        #expect(runtime.remarks.remarks(liveness: Self.evidence(open: 0.30, lowest: 0.12, blink: true)) == [])
        // Just under the ratio: 0.19 / 0.30 = 0.633 > 0.65 − 0.05.
        #expect(runtime.remarks.remarks(liveness: Self.evidence(open: 0.30, lowest: 0.19, blink: true)) == .doubtful)
        // Deep enough in ratio (0.35) but a drop of 0.13 < 0.12 + 0.02.
        #expect(runtime.remarks.remarks(liveness: Self.evidence(open: 0.20, lowest: 0.07, blink: true)) == .doubtful)
        // Non-rigid motion alone: 0.055 < 0.05 + 0.01 is weak, 0.07 is clear.
        #expect(runtime.remarks.remarks(liveness: Self.evidence(open: 0.30, lowest: 0.29, blink: false, residual: 0.055, motion: true)) == .doubtful)
        #expect(runtime.remarks.remarks(liveness: Self.evidence(open: 0.30, lowest: 0.29, blink: false, residual: 0.07, motion: true)) == [])
        // A weak blink with clear motion: one clear kind of evidence is enough.
        #expect(runtime.remarks.remarks(liveness: Self.evidence(open: 0.30, lowest: 0.19, blink: true, residual: 0.07, motion: true)) == [])
        #expect(runtime.remarks.remarks(liveness: nil) == [], "no evidence (liveness off at the gate)")
        let off = Self.runtime { $0.liveness.mode = "off" }
        #expect(off.remarks.remarks(liveness: Self.evidence(open: 0.30, lowest: 0.19, blink: true)) == [], "liveness off judges nothing")
    }

    /// The confirmation keeps the runner-up margin of its best frame, and the liveness gate passes it on.
    @Test func theMarginTravelsFromTheFrameToThePunchAction() {
        var window = ConfirmationWindow(required: 2, window: 3)
        #expect(window.add(.match(code: "E001", distance: 0.40, margin: 0.20)) == nil)
        let outcome = window.add(.match(code: "E001", distance: 0.35, margin: 0.06))
        #expect(outcome == .employee(code: "E001", distance: 0.35, margin: 0.06))

        var later = ConfirmationWindow(required: 2, window: 3)
        _ = later.add(.match(code: "E001", distance: 0.30, margin: 0.25))
        #expect(later.add(.match(code: "E001", distance: 0.42, margin: 0.06)) == .employee(code: "E001", distance: 0.30, margin: 0.25),
                "distance and margin come from the same (best) frame")

        var off = LivenessGate(settings: nil)
        #expect(off.step(confirmed: outcome, faceLeft: false, time: 0, evidence: nil)
                == .punch(code: "E001", distance: 0.35, evidence: nil, margin: 0.06))
        var on = LivenessGate(settings: LivenessSettings(windowSeconds: 3))
        #expect(on.step(confirmed: outcome, faceLeft: false, time: 1, evidence: nil) == .guide(code: "E001"))
        let live = Self.evidence(open: 0.30, lowest: 0.12, blink: true)
        #expect(on.step(confirmed: nil, faceLeft: false, time: 1.5, evidence: live)
                == .punch(code: "E001", distance: 0.35, evidence: live, margin: 0.06), "kept while waiting for the blink")
    }

    /// Scripted frames on a real store: a confirmed match with a small runner-up margin, and one let through on a
    /// weak blink, are recorded flagged doubtful; a clear match with a clear blink is not.
    @Test func scriptedFramesRecordDoubtfulPunches() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("doubtful-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let now = ISO8601DateFormatter().date(from: "2026-11-30T08:00:00Z")!
        var configuration = KioskConfiguration()
        configuration.recognition.debounceSeconds = 0
        configuration.recognition.margin = 0.05
        let options = StoreOptions(timeZone: TimeZone(identifier: "Europe/Madrid")!, debounceSeconds: 0)
        let store = try await KioskStore.open(path: folder.appendingPathComponent("kiosk.sqlite").path, options: options, now: now)
        _ = try await store.seed(demo: true, now: now)
        let runtime = KioskRuntime(configuration: configuration, configurationSource: "test", logger: Logger(label: "doubtful-test"),
                                   clock: { now })
        runtime.attach(store)

        let box = FaceBox(left: 10, top: 10, right: 200, bottom: 200)
        func show(_ verdict: FrameVerdict, _ evidence: LivenessEvidence?, at time: Double) {
            runtime.handle(RecognitionResult(sequence: 1, box: verdict == .noFace ? nil : box, verdict: verdict, seconds: 0.01,
                                             time: time, liveness: evidence))
        }
        let clear = Self.evidence(open: 0.30, lowest: 0.12, blink: true)
        let weak = Self.evidence(open: 0.30, lowest: 0.19, blink: true)
        show(.match(code: "E001", distance: 0.30, margin: 0.06), clear, at: 0)
        show(.match(code: "E001", distance: 0.30, margin: 0.06), clear, at: 0.1)
        show(.noFace, nil, at: 1)
        show(.match(code: "E002", distance: 0.30, margin: 0.30), weak, at: 2)
        show(.match(code: "E002", distance: 0.30, margin: 0.30), weak, at: 2.1)
        show(.noFace, nil, at: 3)
        show(.match(code: "E003", distance: 0.30, margin: 0.30), clear, at: 4)
        show(.match(code: "E003", distance: 0.30, margin: 0.30), clear, at: 4.1)
        // The punches run in tasks: wait for all three (no timing is asserted).
        var punches: [Punch] = []
        for _ in 0..<300 {
            punches = try await store.punches(on: runtime.today(now: now))
            if punches.count == 3 { break }
            try await Task.sleep(for: .milliseconds(10))
        }
        let flags = Dictionary(uniqueKeysWithValues: punches.map { ($0.employee.rawValue, $0.flags.contains(.doubtful)) })
        #expect(flags == ["E001": true, "E002": true, "E003": false])
    }
}
