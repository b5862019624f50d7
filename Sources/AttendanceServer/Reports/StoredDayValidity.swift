import Attendance
import Foundation

// MARK: - How long a stored day stays true without new input

extension DayRecord {
    /// The instant from which time alone would change this record, nil when only new input can: the rules read
    /// `now` in two places only — an open entry turns into a missing exit when its window closes (`open`), and
    /// a day with no entry turns from pending into absent when the day is over (`pending`) — and each says the
    /// instant in its reason.
    var validUntil: Date? {
        var until: Date?
        for reason in explanation.reasons {
            let instant: Date
            switch reason {
            case .open(_, let windowEnd): instant = windowEnd
            case .pending(_, let decidedAt): instant = decidedAt
            default: continue
            }
            until = min(until ?? instant, instant)
        }
        return until
    }
}

extension PunchRules {
    /// Everything of the rules a stored day depends on besides its inputs: the version, the time zone and the
    /// windows. A stored day computed with another key is computed again.
    var storedDayKey: String {
        [Self.version, timeZone.identifier, String(windowBeforeStartMinutes), String(windowAfterEndMinutes),
         String(unscheduledStayMinutes), String(debounceSeconds), String(minWorkMinutes)].joined(separator: " ")
    }
}
