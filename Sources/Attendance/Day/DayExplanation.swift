public import Foundation

/// Why a day record says what it says: the punches the rules used, the shift occurrences and their windows,
/// the rules that decided each status and figure, and the rules' version.
public struct DayExplanation: Hashable, Codable, Sendable {
    /// A punch as the rules saw it.
    public struct UsedPunch: Hashable, Codable, Sendable {
        /// What the rules did with the punch.
        public enum Use: String, Hashable, Codable, Sendable {
            /// Counted.
            case used
            /// Voided by a correction: kept, not counted.
            case voided
            /// Added by a correction (method `manual`).
            case added
        }

        /// The punch's id (the correction's id for an added punch).
        public var id: UUID
        /// The door (kiosk id; "correction" for an added punch).
        public var door: String
        /// Face, PIN or manual.
        public var method: PunchMethod
        /// Entry or exit.
        public var kind: PunchKind
        /// When.
        public var instant: Date
        /// Counted, voided or added.
        public var use: Use
        /// The correction's reason and author, for voided and added punches.
        public var correction: String?

        /// Makes a used punch.
        public init(id: UUID, door: String, method: PunchMethod, kind: PunchKind, instant: Date, use: Use, correction: String? = nil) {
            self.id = id
            self.door = door
            self.method = method
            self.kind = kind
            self.instant = instant
            self.use = use
            self.correction = correction
        }
    }

    /// A shift occurrence as the rules used it.
    public struct UsedShift: Hashable, Codable, Sendable {
        /// The shift's name.
        public var name: String
        /// Expected start (moved to the midpoint by a first-half leave).
        public var start: Date
        /// Expected end (moved to the midpoint by a second-half leave).
        public var end: Date
        /// Punches from here can belong to the shift.
        public var windowStart: Date
        /// Punches up to here can belong to the shift.
        public var windowEnd: Date
        /// Entry tolerance, minutes.
        public var entryToleranceMinutes: Int
        /// Exit tolerance, minutes.
        public var exitToleranceMinutes: Int

        /// Makes a used shift.
        public init(name: String, start: Date, end: Date, windowStart: Date, windowEnd: Date, entryToleranceMinutes: Int,
                    exitToleranceMinutes: Int) {
            self.name = name
            self.start = start
            self.end = end
            self.windowStart = windowStart
            self.windowEnd = windowEnd
            self.entryToleranceMinutes = entryToleranceMinutes
            self.exitToleranceMinutes = exitToleranceMinutes
        }
    }

    /// The version of the rules that computed the record (`PunchRules.version`).
    public var rulesVersion: String
    /// The time zone the times were reasoned in (an identifier such as `Europe/Madrid`).
    public var timeZone: String
    /// Every punch of the day, in time order, with what the rules did with it.
    public var punches: [UsedPunch]
    /// The scheduled shift occurrences, earliest first.
    public var shifts: [UsedShift]
    /// The rules that decided the status first, then the figures and remarks.
    public var reasons: [DayReason]

    /// Makes an explanation.
    public init(rulesVersion: String = PunchRules.version, timeZone: String, punches: [UsedPunch] = [], shifts: [UsedShift] = [],
                reasons: [DayReason] = []) {
        self.rulesVersion = rulesVersion
        self.timeZone = timeZone
        self.punches = punches
        self.shifts = shifts
        self.reasons = reasons
    }
}
