public import Attendance
public import Foundation

/// An exit sooner than `min_work_minutes` after the entry, waiting for the person to confirm (a passer-by
/// must not check out by walking past).
///
/// Only the person asked may answer it, and only for `[checkin] confirm_seconds`: their face in front of the
/// camera with Enter, or their own PIN. Another face cancels it; when the time is up it expires. Either way
/// nothing is recorded, so the next person at the door can never record someone else's exit.
public struct ShortStayQuestion: Hashable, Sendable {
    public var code: EmployeeCode
    public var name: String
    public var minutesSinceEntry: Int
    public var method: PunchMethod
    public var matchDistance: Double?
    /// The doubts found before the question (runner-up margin, liveness evidence), kept for the exit it records.
    public var flags: PunchFlags
    /// When the question appeared.
    public var askedAt: Date
    /// When it expires unanswered.
    public var expiresAt: Date

    /// How recent the asked person's recognised face must be for Enter to count as their answer.
    public static let faceFreshness: TimeInterval = 3

    public init(
        code: EmployeeCode, name: String, minutesSinceEntry: Int, method: PunchMethod, matchDistance: Double?,
        flags: PunchFlags = [], askedAt: Date, confirmSeconds: Int
    ) {
        self.code = code
        self.name = name
        self.minutesSinceEntry = minutesSinceEntry
        self.method = method
        self.matchDistance = matchDistance
        self.flags = flags
        self.askedAt = askedAt
        self.expiresAt = askedAt.addingTimeInterval(TimeInterval(confirmSeconds))
    }

    /// True once the question has waited its `confirm_seconds`.
    public func hasExpired(at now: Date) -> Bool {
        now >= expiresAt
    }

    /// Whole seconds left to answer (0 once expired), for the countdown on screen.
    public func secondsLeft(at now: Date) -> Int {
        max(0, Int(expiresAt.timeIntervalSince(now).rounded(.up)))
    }

    /// True when a confirmed face is someone else (another employee, or a face nobody knows): the question
    /// is cancelled, because the person asked has gone and another stands at the door.
    public func isCancelled(by outcome: ConfirmationWindow.Outcome) -> Bool {
        switch outcome {
        case .employee(let code, _, _): code != self.code.rawValue
        case .unknown: true
        }
    }

    /// True when Enter counts as the asked person's answer: the newest frame's verdict, taken at most
    /// ``faceFreshness`` seconds ago, names them.
    public func isAnsweredByFace(lastVerdict: FrameVerdict, at verdictTime: Date?, now: Date) -> Bool {
        guard case .match(let code, _, _) = lastVerdict, code == self.code.rawValue, let verdictTime else { return false }
        return now.timeIntervalSince(verdictTime) <= Self.faceFreshness
    }
}

extension ShortStayQuestion {
    /// The first name, as greeted.
    public var firstName: String {
        name.split(separator: " ").first.map(String.init) ?? name
    }
}
