import Foundation
import Attendance

/// The CSV export format: RFC 4180 (CRLF line ends, fields with commas, quotes or line breaks quoted,
/// quotes doubled), UTF-8, a fixed header, times as ISO 8601 in the kiosk's zone; each row says why (`reason`
/// in Spanish, `reason_en`) and which rules computed it.
struct AttendanceCSV {
    static let header = ["date", "employee_code", "employee_name", "shift", "first_in", "last_out", "status",
                         "minutes_late", "minutes_worked", "flags", "reason", "reason_en", "rules_version"]

    /// DayFlags names in a fixed order, joined by `;` in the flags column.
    static let flagNames: [(DayFlags, String)] = [
        (.late, "late"), (.earlyLeave, "earlyLeave"), (.missingExit, "missingExit"),
        (.outsideWindow, "outsideWindow"), (.exitWithoutEntry, "exitWithoutEntry"), (.corrected, "corrected"),
        (.closedAtShiftEnd, "closedAtShiftEnd"), (.halfDayLeave, "halfDayLeave"), (.workedOnDayOff, "workedOnDayOff"),
        (.overtimePending, "overtimePending"),
    ]

    let timeZone: TimeZone

    func line(_ fields: [String]) -> String {
        fields.map(Self.escape).joined(separator: ",") + "\r\n"
    }

    func row(_ record: DayRecord) -> [String] {
        [record.date.description, record.employee.code.rawValue, record.employee.name, record.shiftName ?? "",
         record.firstIn.map(time) ?? "", record.lastOut.map(time) ?? "", record.status.rawValue,
         String(record.minutesLate), String(record.minutesWorked),
         Self.flagNames.filter { record.flags.contains($0.0) }.map(\.1).joined(separator: ";"),
         record.explanation.summary(language: .es, date: record.date), record.explanation.summary(language: .en, date: record.date),
         record.explanation.rulesVersion]
    }

    /// `2025-03-03T08:03:00+01:00`: the kiosk's wall clock with its UTC offset at that instant (DST-safe).
    func time(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let offset = timeZone.secondsFromGMT(for: date)
        let sign = offset < 0 ? "-" : "+"
        let zone = offset == 0 ? "Z" : String(format: "%@%02d:%02d", sign, abs(offset) / 3600, abs(offset) % 3600 / 60)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!) + zone
    }

    /// Quotes a field when it holds a comma, a quote, CR or LF (RFC 4180 §2.6–2.7); a field starting with `=`,
    /// `+`, `-`, `@`, tab or CR that is not a number gets a leading `'`, so a spreadsheet never runs it as a formula.
    static func escape(_ field: String) -> String {
        var text = field
        if let first = text.first, "=+-@\t\r".contains(first), Int(text) == nil { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
