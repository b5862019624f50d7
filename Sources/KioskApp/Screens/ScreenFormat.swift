public import Attendance
public import Foundation
public import Vocabulary

/// How the screens write times, dates and durations, in the kiosk's zone and language.
public enum ScreenFormat {
    /// "08:03:12" in `timeZone`.
    public static func clock(_ date: Date, _ timeZone: TimeZone) -> String {
        let c = components(date, timeZone)
        return String(format: "%02d:%02d:%02d", c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    /// "08:03" in `timeZone`.
    public static func time(_ date: Date, _ timeZone: TimeZone) -> String {
        let c = components(date, timeZone)
        return String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }

    /// "lun 30/11" (es) or "Mon 30/11" (en) in `timeZone`.
    public static func shortDate(_ date: Date, _ timeZone: TimeZone, _ language: Language) -> String {
        let c = components(date, timeZone)
        let weekday = weekdayName(isoWeekday: ((c.weekday ?? 1) + 5) % 7 + 1, language)
        return "\(weekday) \(two(c.day ?? 0))/\(two(c.month ?? 0))"
    }

    /// "lun 30/11/2026" (es) or "Mon 30/11/2026" (en).
    public static func day(_ date: LocalDate, _ language: Language) -> String {
        let weekday = weekdayName(isoWeekday: date.weekday.rawValue, language)
        return "\(weekday) \(two(date.day))/\(two(date.month))/\(date.year)"
    }

    /// Minutes as "7:45" (hours:minutes); "0:00" for none.
    public static func hoursMinutes(_ minutes: Int) -> String {
        String(format: "%d:%02d", minutes / 60, minutes % 60)
    }

    /// The short weekday name of an ISO weekday (1 = Monday).
    static func weekdayName(isoWeekday: Int, _ language: Language) -> String {
        let es = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
        let en = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let index = min(max(isoWeekday, 1), 7) - 1
        return Bilingual(es: es[index], en: en[index]).text(language)
    }

    private static func two(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    private static func components(_ date: Date, _ timeZone: TimeZone) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.dateComponents([.weekday, .day, .month, .hour, .minute, .second], from: date)
    }
}
