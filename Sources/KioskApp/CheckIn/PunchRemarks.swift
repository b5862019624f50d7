import Attendance
import FaceEngine
import KioskConfig

/// The flags a punch gets from how the person was identified: a match close to the threshold, a runner-up
/// nearly as close, weak liveness evidence — recorded as usual and flagged doubtful for the review queue.
struct PunchRemarks: Sendable {
    let configuration: KioskConfiguration

    /// A face match this close to `[recognition] threshold` is recorded as usual and flagged doubtful, so it
    /// reaches the supervisors' review queue.
    static let doubtfulBand = 0.05

    /// A face match whose runner-up employee is less than `[recognition] margin` + this farther than the best
    /// one is recorded as usual and flagged doubtful: the policy accepted it, but another person was nearly as close.
    static let doubtfulMarginBand = 0.03

    /// A blink whose lowest eye ratio is within this fraction of the open eye of `[liveness] blink_ratio`
    /// (above `blink_ratio` − this) is weak evidence.
    static let weakBlinkRatioBand = 0.05
    /// A blink whose drop of the eye ratio is less than `[liveness] blink_drop` + this is weak evidence.
    static let weakBlinkDropBand = 0.02
    /// Non-rigid motion whose held residual is less than `[liveness] non_rigid_residual` + this (in
    /// interocular distances) is weak evidence.
    static let weakNonRigidBand = 0.01

    /// The flags a punch gets from how the person was identified: `.doubtful` for a face match distance
    /// within ``doubtfulBand`` of the threshold.
    func remarks(matchDistance: Double?) -> PunchFlags {
        guard let distance = matchDistance, distance >= configuration.recognition.threshold - Self.doubtfulBand else { return [] }
        return .doubtful
    }

    /// `.doubtful` for a confirmed match whose runner-up margin (second-best employee's distance minus the
    /// best's) is below `[recognition] margin` + ``doubtfulMarginBand``; nil (no other employee) is not doubtful.
    func remarks(runnerUpMargin: Double?) -> PunchFlags {
        guard let margin = runnerUpMargin, margin < configuration.recognition.margin + Self.doubtfulMarginBand else { return [] }
        return .doubtful
    }

    /// `.doubtful` when the liveness decision rested on weak evidence: live, but neither a clear blink (its
    /// lowest eye ratio at most `blink_ratio` − ``weakBlinkRatioBand`` of the open eye's, and a drop of at least
    /// `blink_drop` + ``weakBlinkDropBand``) nor clear non-rigid motion (a held residual of at least
    /// `non_rigid_residual` + ``weakNonRigidBand``). Nothing with liveness off or no evidence.
    func remarks(liveness evidence: LivenessEvidence?) -> PunchFlags {
        guard let evidence, evidence.isLive, let settings = configuration.liveness.settings else { return [] }
        return Self.isWeak(evidence, settings: settings) ? .doubtful : []
    }

    /// Whether live `evidence` was only just over the thresholds of `settings` (see ``remarks(liveness:)``).
    static func isWeak(_ evidence: LivenessEvidence, settings: LivenessSettings) -> Bool {
        let clearBlink = evidence.blinkAt != nil
            && evidence.eyeRatioDrop <= settings.blinkRatio - weakBlinkRatioBand
            && evidence.openEyeRatio - evidence.lowestEyeRatio >= settings.blinkDrop + weakBlinkDropBand
        let clearMotion = evidence.nonRigidAt != nil
            && evidence.nonRigidResidual >= settings.nonRigidResidual + weakNonRigidBand
        return !(clearBlink || clearMotion)
    }
}
