public import Foundation
public import Vocabulary

/// What a day record concluded, without whose it is: what the server keeps for each day, so a later
/// recomputation can say what changed and why.
public struct DayVerdict: Hashable, Codable, Sendable {
    /// As `DayRecord.status`.
    public var status: DayStatus
    /// As `DayRecord.shiftName`.
    public var shiftName: String?
    /// As `DayRecord.firstIn`.
    public var firstIn: Date?
    /// As `DayRecord.lastOut`.
    public var lastOut: Date?
    /// As `DayRecord.minutesLate`.
    public var minutesLate: Int
    /// As `DayRecord.minutesWorked`.
    public var minutesWorked: Int
    /// As `DayRecord.requiredMinutes`.
    public var requiredMinutes: Int
    /// As `DayRecord.overtimeMinutes`.
    public var overtimeMinutes: Int
    /// As `DayRecord.approvedOvertimeMinutes`.
    public var approvedOvertimeMinutes: Int
    /// As `DayRecord.flags`.
    public var flags: DayFlags
    /// As `DayRecord.explanation`.
    public var explanation: DayExplanation

    /// Makes a verdict.
    public init(status: DayStatus, shiftName: String? = nil, firstIn: Date? = nil, lastOut: Date? = nil, minutesLate: Int = 0,
                minutesWorked: Int = 0, requiredMinutes: Int = 0, overtimeMinutes: Int = 0, approvedOvertimeMinutes: Int = 0,
                flags: DayFlags = [], explanation: DayExplanation) {
        self.status = status
        self.shiftName = shiftName
        self.firstIn = firstIn
        self.lastOut = lastOut
        self.minutesLate = minutesLate
        self.minutesWorked = minutesWorked
        self.requiredMinutes = requiredMinutes
        self.overtimeMinutes = overtimeMinutes
        self.approvedOvertimeMinutes = approvedOvertimeMinutes
        self.flags = flags
        self.explanation = explanation
    }
}

extension DayVerdict {
    /// A cheap text that changes whenever a figure, a punch's use, a calendar input (holiday, leave, approved
    /// overtime) or the rules' version changes: a store compares it to skip encoding and rewriting a day whose
    /// verdict is the same (`DayChange.between` is nil for equal keys).
    public var changeKey: String {
        var parts = [status.rawValue, shiftName ?? "", firstIn.map { String($0.timeIntervalSince1970) } ?? "",
                     lastOut.map { String($0.timeIntervalSince1970) } ?? "", String(minutesLate), String(minutesWorked),
                     String(requiredMinutes), String(overtimeMinutes), String(approvedOvertimeMinutes), String(flags.rawValue),
                     explanation.rulesVersion]
        for punch in explanation.punches { parts.append(punch.id.uuidString + ":" + punch.use.rawValue) }
        for reason in explanation.reasons where reason.isCalendarInput { parts.append(String(describing: reason)) }
        return parts.joined(separator: "|")
    }
}

extension DayRecord {
    /// The record's conclusions.
    public var verdict: DayVerdict {
        DayVerdict(status: status, shiftName: shiftName, firstIn: firstIn, lastOut: lastOut, minutesLate: minutesLate,
                   minutesWorked: minutesWorked, requiredMinutes: requiredMinutes, overtimeMinutes: overtimeMinutes,
                   approvedOvertimeMinutes: approvedOvertimeMinutes, flags: flags, explanation: explanation)
    }
}

/// How a day's verdict changed when it was computed again: which figures, and which inputs caused it.
public struct DayChange: Hashable, Codable, Sendable {
    /// One figure that changed.
    public struct Figure: Hashable, Codable, Sendable {
        /// The figure's name as in reports (`status`, `minutesWorked`, …).
        public var name: String
        /// Before, as text (a status's raw value, minutes, an ISO time, flag bits).
        public var before: String
        /// After.
        public var after: String

        /// Makes a figure change.
        public init(name: String, before: String, after: String) {
            self.name = name
            self.before = before
            self.after = after
        }
    }

    /// One input that differs between the two computations.
    public enum Cause: Hashable, Codable, Sendable {
        /// A punch that was not there before (a late upload, an added punch).
        case punchArrived(DayExplanation.UsedPunch)
        /// A punch the rules used before and now see voided.
        case punchVoided(DayExplanation.UsedPunch)
        /// A holiday, leave or overtime approval that now applies.
        case ruleApplies(DayReason)
        /// A holiday, leave or overtime approval that no longer applies.
        case ruleNoLongerApplies(DayReason)
        /// Other rules computed it.
        case rulesVersion(before: String, after: String)
        /// Nothing came in: time passed (the day ended, a window closed).
        case timePassed
    }

    /// The figures that changed.
    public var figures: [Figure]
    /// Why.
    public var causes: [Cause]

    /// Makes a change.
    public init(figures: [Figure], causes: [Cause]) {
        self.figures = figures
        self.causes = causes
    }

    /// The change from `previous` to `current`, nil when no figure changed.
    public static func between(_ previous: DayVerdict, _ current: DayVerdict) -> DayChange? {
        func time(_ date: Date?) -> String { date.map { $0.formatted(.iso8601) } ?? "" }
        let pairs: [(String, String, String)] = [
            ("status", previous.status.rawValue, current.status.rawValue),
            ("shift", previous.shiftName ?? "", current.shiftName ?? ""),
            ("firstIn", time(previous.firstIn), time(current.firstIn)),
            ("lastOut", time(previous.lastOut), time(current.lastOut)),
            ("minutesLate", String(previous.minutesLate), String(current.minutesLate)),
            ("minutesWorked", String(previous.minutesWorked), String(current.minutesWorked)),
            ("requiredMinutes", String(previous.requiredMinutes), String(current.requiredMinutes)),
            ("overtimeMinutes", String(previous.overtimeMinutes), String(current.overtimeMinutes)),
            ("approvedOvertimeMinutes", String(previous.approvedOvertimeMinutes), String(current.approvedOvertimeMinutes)),
            ("flags", String(previous.flags.rawValue), String(current.flags.rawValue)),
        ]
        let figures = pairs.filter { $0.1 != $0.2 }.map { Figure(name: $0.0, before: $0.1, after: $0.2) }
        guard !figures.isEmpty else { return nil }

        var causes: [Cause] = []
        let before = Dictionary(previous.explanation.punches.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for punch in current.explanation.punches {
            switch (before[punch.id]?.use, punch.use) {
            case (nil, .used), (nil, .added): causes.append(.punchArrived(punch))
            case (.some(.used), .voided), (.some(.added), .voided), (nil, .voided): causes.append(.punchVoided(punch))
            default: break
            }
        }
        let oldInputs = previous.explanation.reasons.filter(\.isCalendarInput)
        let newInputs = current.explanation.reasons.filter(\.isCalendarInput)
        causes += newInputs.filter { !oldInputs.contains($0) }.map(Cause.ruleApplies)
        causes += oldInputs.filter { !newInputs.contains($0) }.map(Cause.ruleNoLongerApplies)
        if previous.explanation.rulesVersion != current.explanation.rulesVersion {
            causes.append(.rulesVersion(before: previous.explanation.rulesVersion, after: current.explanation.rulesVersion))
        }
        if causes.isEmpty { causes.append(.timePassed) }
        return DayChange(figures: figures, causes: causes)
    }
}

extension DayReason {
    /// True for the reasons that come from the calendar (holidays, leave, overtime approvals) rather than punches.
    var isCalendarInput: Bool {
        switch self {
        case .holiday, .leave, .halfDayLeave: true
        case .overtime(_, _, let approved, _): approved != nil
        default: false
        }
    }
}

extension DayChange.Cause {
    /// The cause as one line, e.g. "fichaje recibido: entrada 08:03 · puerta K2 · cara".
    public func text(language: Language, timeZone: TimeZone, date: LocalDate) -> String {
        func punchLine(_ punch: DayExplanation.UsedPunch) -> String {
            let explanation = DayExplanation(timeZone: timeZone.identifier, punches: [punch])
            return explanation.punchLines(language: language, date: date).first ?? ""
        }
        switch self {
        case .punchArrived(let punch): return Bilingual(es: "fichaje nuevo: ", en: "new punch: ").text(language) + punchLine(punch)
        case .punchVoided(let punch): return Bilingual(es: "fichaje anulado: ", en: "punch voided: ").text(language) + punchLine(punch)
        case .ruleApplies(let reason):
            return Bilingual(es: "ahora aplica: ", en: "now applies: ").text(language) + reason.text(language: language, timeZone: timeZone, date: date)
        case .ruleNoLongerApplies(let reason):
            return Bilingual(es: "ya no aplica: ", en: "no longer applies: ").text(language) + reason.text(language: language, timeZone: timeZone, date: date)
        case .rulesVersion(let before, let after):
            return Bilingual(es: "reglas \(before) → \(after)", en: "rules \(before) → \(after)").text(language)
        case .timePassed:
            return Bilingual(es: "sin datos nuevos: pasó el tiempo (terminó el día o se cerró una ventana)",
                             en: "no new data: time passed (the day ended or a window closed)").text(language)
        }
    }
}
