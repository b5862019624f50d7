import Attendance
import Foundation

/// How the console writes times, durations and ages: local times in the server's time zone (`ASISTENCIA_TIME_ZONE`).
struct ConsoleFormat: Sendable {
    let rules: PunchRules

    /// `HH:MM` local, or empty.
    func time(_ instant: Date?) -> String {
        guard let instant else { return "" }
        return rules.localTime(of: instant).description
    }

    /// `YYYY-MM-DD HH:MM` local, or empty.
    func dateTime(_ instant: Date?) -> String {
        guard let instant else { return "" }
        return "\(rules.localDate(of: instant)) \(rules.localTime(of: instant))"
    }

    /// Minutes as `H:MM`.
    static func hours(_ minutes: Int) -> String {
        let sign = minutes < 0 ? "-" : ""
        let value = abs(minutes)
        return "\(sign)\(value / 60):\(value % 60 < 10 ? "0" : "")\(value % 60)"
    }

    /// An age in seconds as `42 s`, `5 min`, `3 h` or `2 d`.
    static func age(_ seconds: Int) -> String {
        switch seconds {
        case ..<120: "\(seconds) s"
        case ..<7200: "\(seconds / 60) min"
        case ..<172_800: "\(seconds / 3600) h"
        default: "\(seconds / 86400) d"
        }
    }
}
