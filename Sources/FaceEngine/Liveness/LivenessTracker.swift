/// Follows one face's 68 landmarks over frames and collects ``LivenessEvidence``.
///
/// Each frame is aligned to the first on the face plane: the homography of the stable points (brows, nose,
/// eye corners) maps the eyes back into the first frame, so a photo turned or tilted by hand keeps its eye
/// aspect ratio while a blink changes it. The homography of all inner points measures non-rigid motion: a
/// flat picture, however it moves, fits one homography up to landmark noise; a live face turning or
/// speaking does not.
public struct LivenessTracker: Sendable {
    public let settings: LivenessSettings
    private var reference: FaceShape?
    private var firstTime: Double = 0
    private var nonRigidRun: [Double] = []
    private var eyeRatios: [Double] = []
    public private(set) var evidence = LivenessEvidence()

    public init(settings: LivenessSettings) {
        self.settings = settings
    }

    /// Adds a frame's landmarks, taken at `time` seconds on the frames' clock; returns the evidence so far.
    @discardableResult
    public mutating func add(_ shape: FaceShape, at time: Double, landmarkSeconds: Double = 0) -> LivenessEvidence {
        evidence.landmarkSeconds += landmarkSeconds
        guard let reference else {
            self.reference = shape
            firstTime = time
            let ratio = EyeAspectRatio.of(shape)
            eyeRatios = [ratio]
            evidence.frames = 1
            evidence.highestEyeRatio = ratio
            evidence.lowestEyeRatio = ratio
            evidence.openEyeRatio = ratio
            return evidence
        }
        evidence.frames += 1
        evidence.seconds = time - firstTime
        let measure = Self.measure(shape, against: reference)
        evidence.highestEyeRatio = max(evidence.highestEyeRatio, measure.eyeRatio)
        evidence.lowestEyeRatio = min(evidence.lowestEyeRatio, measure.eyeRatio)
        // The open eye is the median so far: eyes are open most of the time, and one noisy frame cannot move it.
        eyeRatios.append(measure.eyeRatio)
        evidence.openEyeRatio = eyeRatios.sorted()[eyeRatios.count / 2]
        nonRigidRun = measure.residual >= settings.nonRigidResidual ? nonRigidRun + [measure.residual] : []
        if nonRigidRun.count >= settings.nonRigidFrames {
            evidence.nonRigidResidual = max(evidence.nonRigidResidual, nonRigidRun.suffix(settings.nonRigidFrames).min()!)
        }
        guard evidence.frames >= settings.minimumFrames else { return evidence }
        // Any frame's eyes against the open eye as it stands now: a blink, a squint or eyes opening is eyelid
        // motion a picture cannot make, whichever came first.
        if evidence.blinkAt == nil, evidence.lowestEyeRatio <= settings.blinkRatio * evidence.openEyeRatio,
           evidence.openEyeRatio - evidence.lowestEyeRatio >= settings.blinkDrop {
            evidence.blinkAt = evidence.seconds
        }
        if evidence.nonRigidAt == nil, nonRigidRun.count >= settings.nonRigidFrames {
            evidence.nonRigidAt = evidence.seconds
        }
        return evidence
    }

    /// The eye aspect ratio of `shape` aligned into `reference`'s plane, and the residual of its inner
    /// points after the best homography, in interocular distances.
    public static func measure(_ shape: FaceShape, against reference: FaceShape) -> (eyeRatio: Double, residual: Double) {
        var eyeRatio = EyeAspectRatio.of(shape)
        if let back = PlaneHomography.fit(from: shape.points(FaceShape.stable), to: reference.points(FaceShape.stable)) {
            let right = shape.points(FaceShape.rightEye).map(back.apply)
            let left = shape.points(FaceShape.leftEye).map(back.apply)
            eyeRatio = (EyeAspectRatio.of(right) + EyeAspectRatio.of(left)) / 2
        }
        let from = reference.points(FaceShape.inner), to = shape.points(FaceShape.inner)
        let residual = PlaneHomography.fit(from: from, to: to).map {
            $0.residual(from: from, to: to) / max(shape.interocularDistance, 1e-6)
        } ?? 0
        return (eyeRatio, residual)
    }
}
