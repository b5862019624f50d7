/// Confirms an identity over consecutive frames before anyone is punched: `required` of the last `window`
/// frames must name the same employee (default 2 of 3), so one bad frame never punches the wrong person.
///
/// "Unknown" is confirmed the same way, so a single blurred frame does not flash "no reconocido". A frame
/// with no face breaks the run: the person left.
public struct ConfirmationWindow: Sendable {
    /// A confirmed outcome, reported once per person in front of the camera.
    public enum Outcome: Hashable, Sendable {
        /// The employee, with the best (smallest) distance among the agreeing frames and that frame's
        /// runner-up margin (nil when the gallery had no other employee), so the two numbers describe one frame.
        case employee(code: String, distance: Double, margin: Double? = nil)
        case unknown
    }

    public let required: Int
    public let window: Int
    private var recent: [FrameVerdict] = []
    /// What was last reported, so the same person standing there is reported once.
    private var reported: Outcome?

    /// - Precondition: `1 <= required <= window`.
    public init(required: Int, window: Int) {
        precondition(required >= 1 && required <= window, "ConfirmationWindow needs 1 <= required <= window")
        self.required = required
        self.window = window
    }

    /// Adds a frame's verdict; returns an outcome the first time it is confirmed.
    public mutating func add(_ verdict: FrameVerdict) -> Outcome? {
        if verdict == .noFace {
            recent.removeAll()
            reported = nil
            return nil
        }
        recent.append(verdict)
        if recent.count > window { recent.removeFirst(recent.count - window) }

        var matches: [String: (count: Int, best: Double, margin: Double?)] = [:]
        var unknowns = 0
        for v in recent {
            switch v {
            case .match(let code, let distance, let margin):
                guard let previous = matches[code] else {
                    matches[code] = (1, distance, margin)
                    continue
                }
                matches[code] = distance < previous.best
                    ? (previous.count + 1, distance, margin) : (previous.count + 1, previous.best, previous.margin)
            case .unknown:
                unknowns += 1
            case .noFace:
                break
            }
        }
        let outcome: Outcome?
        if let (code, tally) = matches.first(where: { $0.value.count >= required }) {
            outcome = .employee(code: code, distance: tally.best, margin: tally.margin)
        } else if unknowns >= required {
            outcome = .unknown
        } else {
            outcome = nil
        }
        guard let outcome, !sameReport(outcome) else { return nil }
        reported = outcome
        return outcome
    }

    /// Forgets everything (when recognition restarts).
    public mutating func reset() {
        recent.removeAll()
        reported = nil
    }

    /// The employee `code` was just dealt with another way (a badge, a PIN, an answered question): the frames
    /// so far are forgotten, and if nobody has been reported yet, `code` counts as reported, so their face in
    /// front of the camera is not punched again before it leaves. Someone already reported stays reported: the
    /// person greeted a moment ago, still at the door while another badges in, is not asked again.
    public mutating func handled(_ code: String) {
        recent.removeAll()
        if reported == nil { reported = .employee(code: code, distance: 0) }
    }

    private func sameReport(_ outcome: Outcome) -> Bool {
        switch (outcome, reported) {
        case (.employee(let a, _, _), .employee(let b, _, _)): a == b
        case (.unknown, .unknown): true
        default: false
        }
    }
}
