public import Camera
public import FaceEngine
public import Vocabulary

/// Collects one person's descriptors from the live camera: each new frame's largest face must pass the
/// quality gate, then join the frames that agree with each other (``FrameAgreement``). Blocking (dlib):
/// run it on a dedicated thread with a recognizer made for that thread.
public struct CameraEnrolment {
    /// How the collection ended.
    public enum Outcome: Sendable {
        /// `needed` agreeing descriptors.
        case collected([[Float]])
        /// More frames disagreed than allowed: two people in front of the camera.
        case twoPeople(FrameAgreement)
        /// The time ran out with this many agreeing frames.
        case timedOut(accepted: Int)
    }

    /// What the supervisor's screen shows while it runs.
    public struct Progress: Hashable, Sendable {
        /// Frames kept so far.
        public var accepted: Int
        public var needed: Int
        /// Frames dropped because they show someone else.
        public var dropped: Int
        /// What the person should do now, when the last frame was turned down.
        public var advice: Bilingual?
    }

    public var recognizer: FaceRecognizer
    public var settings: DetectionSettings
    public var gate: EnrolmentQualityGate
    public var needed: Int
    public var agreement: FrameAgreement

    public init(recognizer: FaceRecognizer, settings: DetectionSettings, gate: EnrolmentQualityGate, needed: Int = 5,
                agreement: FrameAgreement = FrameAgreement()) {
        precondition(needed > 0 && needed + agreement.maxDisagreements < 16, "needed \(needed) must be in 1...\(15 - agreement.maxDisagreements)")
        self.recognizer = recognizer
        self.settings = settings
        self.gate = gate
        self.needed = needed
        self.agreement = agreement
    }

    /// Reads frames from `source` until `needed` agree, too many disagree, or `timeout` passes.
    ///
    /// - Throws: `FaceEngineError` when dlib fails.
    public func collect(from source: any FrameSource, timeout: Duration, update: (Progress) -> Void) throws -> Outcome {
        var agreement = self.agreement
        var seen: UInt64 = 0
        let deadline = ContinuousClock.now + timeout
        while agreement.kept.count < needed, ContinuousClock.now < deadline {
            guard let frame = source.waitForFrame(newerThan: seen, timeout: .seconds(1)) else { continue }
            seen = frame.sequence
            let outcome = try frame.image.withView { view throws -> (EnrolmentQualityGate.Rejection?, [Float]?) in
                guard let box = try recognizer.detectFaces(in: view, settings: settings).first else { return (.noFace, nil) }
                let landmarks = try recognizer.landmarks(in: view, box: box)
                if let rejection = gate.rejection(for: landmarks, in: view) { return (rejection, nil) }
                let chip = try recognizer.chip(in: view, landmarks: landmarks)
                return (nil, try recognizer.embedding(of: chip, jitters: PhotoFaceFinder.enrolmentJitters).values)
            }
            var advice = outcome.0?.advice
            if let vector = outcome.1, !agreement.offer(vector) {
                advice = Bilingual(es: "solo la persona que se inscribe delante de la cámara", en: "only the person being enrolled in view")
            }
            update(Progress(accepted: min(agreement.kept.count, needed), needed: needed, dropped: agreement.dropped, advice: advice))
            if agreement.tooManyDisagreements { return .twoPeople(agreement) }
        }
        let kept = agreement.kept
        return kept.count >= needed ? .collected(Array(kept.prefix(needed))) : .timedOut(accepted: kept.count)
    }
}
