public import Vocabulary

/// A site's rule for repeated lateness, e.g. "3 lates in a month = one half-day": every `lates` late days of
/// one person in one calendar month make one penalty of `penalty`.
public struct LatenessRule: Hashable, Codable, Sendable {
    /// How much of a day one penalty is worth. Raw values are the wire and database names.
    public enum Penalty: String, Hashable, Codable, Sendable, CaseIterable {
        /// Half of the expected time of the day that completed the count.
        case halfDay
        /// The whole expected time of the day that completed the count.
        case wholeDay
    }

    /// Late days that make one penalty (at least 1).
    public var lates: Int
    /// What each penalty is worth.
    public var penalty: Penalty

    /// Makes a rule.
    ///
    /// - Precondition: `lates >= 1`.
    public init(lates: Int, penalty: Penalty = .halfDay) {
        precondition(lates >= 1, "LatenessRule lates must be at least 1, got \(lates)")
        self.lates = lates
        self.penalty = penalty
    }

    /// The penalties the rule gives over `records` (any people, any days): a day counts as late when its
    /// record is flagged `late` (also when its status says `earlyLeave`). Penalties come per person and
    /// month, in order; late days left over (fewer than `lates`) give none.
    public func penalties(for records: [DayRecord]) -> [LatenessPenalty] {
        struct Key: Hashable { let employee: EmployeeCode; let year: Int; let month: Int }
        var lateDays: [Key: [DayRecord]] = [:]
        for record in records where record.flags.contains(.late) {
            lateDays[Key(employee: record.employee.code, year: record.date.year, month: record.date.month), default: []].append(record)
        }
        var penalties: [LatenessPenalty] = []
        for (key, days) in lateDays {
            let ordered = days.sorted { $0.date < $1.date }
            var index = 0
            while index + lates <= ordered.count {
                let group = Array(ordered[index..<(index + lates)])
                let completing = group[group.count - 1]
                let minutes = penalty == .halfDay ? completing.requiredMinutes / 2 : completing.requiredMinutes
                penalties.append(LatenessPenalty(employee: key.employee, year: key.year, month: key.month, lateDates: group.map(\.date),
                                                 minutesLate: group.map(\.minutesLate), minutes: minutes, rule: self))
                index += lates
            }
        }
        return penalties.sorted { ($0.employee, $0.year, $0.month, $0.lateDates[0]) < ($1.employee, $1.year, $1.month, $1.lateDates[0]) }
    }
}

/// One penalty from a `LatenessRule`, with the late days that made it.
public struct LatenessPenalty: Hashable, Codable, Sendable {
    /// Whose.
    public var employee: EmployeeCode
    /// The month's year.
    public var year: Int
    /// The month, 1...12.
    public var month: Int
    /// The late days counted, in order.
    public var lateDates: [LocalDate]
    /// Minutes late on each of `lateDates`.
    public var minutesLate: [Int]
    /// What the penalty is worth, in minutes of expected time.
    public var minutes: Int
    /// The rule that gave it.
    public var rule: LatenessRule

    /// Makes a penalty.
    public init(employee: EmployeeCode, year: Int, month: Int, lateDates: [LocalDate], minutesLate: [Int], minutes: Int, rule: LatenessRule) {
        self.employee = employee
        self.year = year
        self.month = month
        self.lateDates = lateDates
        self.minutesLate = minutesLate
        self.minutes = minutes
        self.rule = rule
    }

    /// Why, e.g. "3 llegadas tarde en 2026-03 (02: 16 min, 05: 20 min, 09: 31 min) = media jornada (4 h 30 min),
    /// regla del centro: 3 al mes".
    public func explanation(language: Language) -> String {
        let month = (self.month < 10 ? "0" : "") + String(self.month)
        let days = zip(lateDates, minutesLate).map { date, late in
            ((date.day < 10 ? "0" : "") + String(date.day)) + ": " + PunchMessage.duration(minutes: late)
        }.joined(separator: ", ")
        let worth: String
        switch (rule.penalty, language) {
        case (.halfDay, .es): worth = "media jornada"
        case (.halfDay, .en): worth = "half a day"
        case (.wholeDay, .es): worth = "una jornada"
        case (.wholeDay, .en): worth = "a whole day"
        }
        let duration = PunchMessage.duration(minutes: minutes)
        return Bilingual(es: "\(lateDates.count) llegadas tarde en \(year)-\(month) (\(days)) = \(worth) (\(duration)), regla del centro: \(rule.lates) al mes",
                         en: "\(lateDates.count) late arrivals in \(year)-\(month) (\(days)) = \(worth) (\(duration)), site rule: \(rule.lates) a month").text(language)
    }
}
