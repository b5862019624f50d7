import Attendance
public import Foundation

/// RFC 3339 timestamps (`format: date-time`) and full dates (`format: date`), parsed by hand so that the
/// server's schema check, the generated coders and the fuzzer agree on one grammar: `T` or `t` (or a space),
/// any number of fraction digits, `Z`, `z` or a `±HH:MM` offset; seconds 60 (a leap second) read as 59.999….
public enum RFC3339 {
    /// The instant `text` names, or nil when it is not an RFC 3339 date-time.
    public static func date(from text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                guard index < bytes.count, (48...57).contains(bytes[index]) else { return nil }
                value = value * 10 + Int(bytes[index] - 48)
            }
            return value
        }
        guard let year = number(0..<4), bytes[4] == UInt8(ascii: "-"), let month = number(5..<7), bytes[7] == UInt8(ascii: "-"),
              let day = number(8..<10), [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: " ")].contains(bytes[10]),
              let hour = number(11..<13), bytes[13] == UInt8(ascii: ":"), let minute = number(14..<16),
              bytes[16] == UInt8(ascii: ":"), let second = number(17..<19),
              isDay(year: year, month: month, day: day), hour <= 23, minute <= 59, second <= 60
        else { return nil }
        var index = 19
        var fraction = 0.0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 0.1
            let start = index
            while index < bytes.count, (48...57).contains(bytes[index]) {
                fraction += Double(bytes[index] - 48) * scale
                scale /= 10
                index += 1
            }
            guard index > start else { return nil }
        }
        guard index < bytes.count else { return nil }
        var offsetSeconds = 0
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard index + 1 == bytes.count else { return nil }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard index + 6 == bytes.count, let offsetHour = number(index + 1..<index + 3), bytes[index + 3] == UInt8(ascii: ":"),
                  let offsetMinute = number(index + 4..<index + 6), offsetHour <= 23, offsetMinute <= 59
            else { return nil }
            offsetSeconds = (offsetHour * 3600 + offsetMinute * 60) * (bytes[index] == UInt8(ascii: "-") ? -1 : 1)
        default:
            return nil
        }
        let seconds = Double(daysSinceEpoch(year: year, month: month, day: day)) * 86_400
            + Double(hour * 3600 + minute * 60 + min(second, 59) - offsetSeconds)
            + (second == 60 ? 0.999 : fraction)
        return Date(timeIntervalSince1970: seconds)
    }

    /// True when `text` is an RFC 3339 full date (`YYYY-MM-DD`) that exists in the calendar.
    public static func isFullDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9]
        guard digits.allSatisfy({ (48...57).contains(bytes[$0]) }) else { return false }
        func value(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + Int(bytes[$1] - 48) } }
        return isDay(year: value(0..<4), month: value(5..<7), day: value(8..<10))
    }

    /// `2024-06-03T08:03:00.123Z`: UTC with milliseconds, what this system writes.
    public static func string(from date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let days = Int(milliseconds >= 0 ? milliseconds / 86_400_000 : (milliseconds - 86_399_999) / 86_400_000)
        let rest = Int(milliseconds - Int64(days) * 86_400_000)
        let (year, month, day) = civil(daysSinceEpoch: days)
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(rest / 3_600_000, 2)):\(pad(rest / 60_000 % 60, 2)):"
            + "\(pad(rest / 1000 % 60, 2)).\(pad(rest % 1000, 3))Z"
    }

    static func isDay(year: Int, month: Int, day: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= LocalDate.daysIn(month: month, year: year)
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (the attendance rules' own arithmetic).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        LocalDate(year: year, month: month, day: day).daysSinceEpoch
    }

    /// The inverse of ``daysSinceEpoch(year:month:day:)``.
    static func civil(daysSinceEpoch days: Int) -> (Int, Int, Int) {
        let date = LocalDate(daysSinceEpoch: days)
        return (date.year, date.month, date.day)
    }
}
