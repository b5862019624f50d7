public import FaceEngine

/// Joins the liveness decision to the identity confirmation: a confirmed employee is punched once live
/// evidence is in, within ``LivenessSettings/windowSeconds`` of the confirmation; meanwhile the person is
/// asked to blink, and when the window closes without evidence the kiosk refuses without a punch.
///
/// With liveness off (no settings) a confirmed employee is punched at once, as before.
public struct LivenessGate: Sendable {
    /// What the kiosk does after a frame.
    public enum Action: Hashable, Sendable {
        /// Punch the employee; `margin` is the confirmed match's runner-up margin (nil: no runner-up).
        case punch(code: String, distance: Double, evidence: LivenessEvidence?, margin: Double? = nil)
        /// Identity confirmed, no evidence yet: ask the person to blink (shown once).
        case guide(code: String)
        /// The window closed without evidence: no punch.
        case refuse(code: String, evidence: LivenessEvidence)
        /// Nothing new.
        case none
    }

    public let settings: LivenessSettings?
    private var pending: (code: String, distance: Double, margin: Double?, confirmedAt: Double)?
    /// The latest evidence the workers reported (a frame they skipped carries none).
    private var latest: LivenessEvidence?

    /// - Parameter settings: nil when `[liveness] mode = off`.
    public init(settings: LivenessSettings?) {
        self.settings = settings
    }

    /// Whether an identity waits for live evidence.
    public var isDeciding: Bool { pending != nil }

    /// Takes one frame's confirmation outcome (nil when the window confirmed nothing new), its time on the
    /// frames' clock in seconds, and the liveness evidence the workers gathered for that face.
    public mutating func step(
        confirmed outcome: ConfirmationWindow.Outcome?, faceLeft: Bool, time: Double, evidence: LivenessEvidence?
    ) -> Action {
        if faceLeft {
            pending = nil
            latest = nil
            return .none
        }
        if let evidence { latest = evidence }
        if case .employee(let code, let distance, let margin)? = outcome {
            guard settings != nil else { return .punch(code: code, distance: distance, evidence: nil, margin: margin) }
            pending = (code, distance, margin, time)
            if let evidence = latest, evidence.isLive {
                pending = nil
                return .punch(code: code, distance: distance, evidence: evidence, margin: margin)
            }
            return .guide(code: code)
        }
        guard let settings, let waiting = pending else { return .none }
        switch LivenessDecision(evidence: latest ?? LivenessEvidence(), elapsedSinceConfirmation: time - waiting.confirmedAt,
                                settings: settings) {
        case .live(let evidence):
            pending = nil
            return .punch(code: waiting.code, distance: waiting.distance, evidence: evidence, margin: waiting.margin)
        case .refused(let evidence):
            pending = nil
            return .refuse(code: waiting.code, evidence: evidence)
        case .deciding:
            return .none
        }
    }
}
