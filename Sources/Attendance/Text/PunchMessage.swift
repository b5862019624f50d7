public import Foundation
public import Vocabulary

/// What the kiosk says to the person after a decision, in their language and the kiosk's time zone.
///
/// For example: "Buenos días, Ana — entrada 08:03, a tiempo", "Good morning, Ana — in 08:17, late 17 min",
/// "Hasta luego, Ana — salida 17:02 — 8 h 59 min hoy", "Ana — entrada ya registrada a las 08:03".
public struct PunchMessage: Hashable, Sendable {
    /// The line to show (and read aloud).
    public let text: String

    /// Renders `decision` for the person called `name`.
    ///
    /// - Parameters:
    ///   - decision: what `PunchRules.decide` returned.
    ///   - name: how to address the person ("Ana").
    ///   - language: the kiosk's language.
    ///   - timeZone: the kiosk's time zone, for the clock times shown.
    public init(decision: PunchDecision, name: String, language: Language, timeZone: TimeZone) {
        let clock = ZonedClock(timeZone: timeZone)
        switch decision {
        case .record(let draft):
            let time = clock.localTime(of: draft.instant).description
            switch draft.kind {
            case .entry:
                let greeting = Self.greeting(at: clock.localTime(of: draft.instant), language: language)
                let remark: String
                if draft.flags.contains(.late) {
                    remark = Bilingual(es: "tarde ", en: "late ").text(language) + Self.duration(minutes: draft.minutesLate)
                } else if draft.flags.contains(.outsideWindow) {
                    remark = Bilingual(es: "fuera de horario", en: "outside schedule").text(language)
                } else {
                    remark = Bilingual(es: "a tiempo", en: "on time").text(language)
                }
                text = "\(greeting), \(name) — \(PunchKind.entry.label(language: language)) \(time), \(remark)"
            case .exit:
                var line = Bilingual(es: "Hasta luego, ", en: "Goodbye, ").text(language)
                    + "\(name) — \(PunchKind.exit.label(language: language)) \(time)"
                if draft.flags.contains(.earlyLeave) { line += Bilingual(es: ", anticipada", en: ", early").text(language) }
                if draft.flags.contains(.outsideWindow) {
                    line += Bilingual(es: ", fuera de horario", en: ", outside schedule").text(language)
                }
                if let worked = draft.minutesWorkedToday {
                    line += " — " + Self.duration(minutes: worked) + Bilingual(es: " hoy", en: " today").text(language)
                }
                text = line
            }
        case .alreadyRecorded(let kind, let at):
            let time = clock.localTime(of: at)
            let kindText = kind.label(language: language)
            text = Bilingual(es: "\(name) — \(kindText) ya registrada \(time.hour == 1 ? "a la" : "a las") \(time)",
                             en: "\(name) — \(kindText) already recorded at \(time)").text(language)
        case .confirmShortStay(_, let minutes):
            let since = Self.duration(minutes: minutes)
            text = Bilingual(es: "\(name) — entraste hace \(since): ¿registrar la salida?",
                             en: "\(name) — you came in \(since) ago: record your exit?").text(language)
        }
    }

    /// "Buenos días" before 12:00 (from 05:00), "Buenas tardes" until 20:00, "Buenas noches" otherwise.
    public static func greeting(at time: LocalTime, language: Language) -> String {
        switch (time.hour, language) {
        case (5..<12, .es): "Buenos días"
        case (5..<12, .en): "Good morning"
        case (12..<20, .es): "Buenas tardes"
        case (12..<20, .en): "Good afternoon"
        case (_, .es): "Buenas noches"
        case (_, .en): "Good evening"
        }
    }

    /// "8 h 59 min", "8 h", "45 min", "0 min" (written the same in Spanish and English).
    public static func duration(minutes: Int) -> String {
        let hours = minutes / 60
        let rest = minutes % 60
        switch (hours, rest) {
        case (0, _): return "\(rest) min"
        case (_, 0): return "\(hours) h"
        default: return "\(hours) h \(rest) min"
        }
    }
}
