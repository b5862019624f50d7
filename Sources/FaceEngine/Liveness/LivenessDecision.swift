/// The liveness verdict on a face whose identity is confirmed.
public enum LivenessDecision: Sendable, Hashable {
    /// Live evidence was seen: the person may be punched.
    case live(LivenessEvidence)
    /// No evidence yet and the window is still open: ask the person to blink.
    case deciding(LivenessEvidence)
    /// The window closed without evidence: a photo or a screen, or a person who did not blink; no punch.
    case refused(LivenessEvidence)

    /// Decides from `evidence` at `elapsed` seconds after the identity was confirmed.
    public init(evidence: LivenessEvidence, elapsedSinceConfirmation elapsed: Double, settings: LivenessSettings) {
        if evidence.isLive {
            self = .live(evidence)
        } else if elapsed >= settings.windowSeconds {
            self = .refused(evidence)
        } else {
            self = .deciding(evidence)
        }
    }

    /// The evidence behind the decision.
    public var evidence: LivenessEvidence {
        switch self {
        case .live(let e), .deciding(let e), .refused(let e): e
        }
    }
}
