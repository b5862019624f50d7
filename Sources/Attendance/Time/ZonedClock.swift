import Foundation

/// Converts between UTC instants and wall-clock dates and times in one time zone, DST-safe.
///
/// Pure arithmetic over `TimeZone.secondsFromGMT(for:)`: the server recomputes days for thousands of
/// employees, and `Calendar` component round-trips are far slower. `LocalClockTests` checks it against
/// `Calendar` hour by hour across both Madrid DST changes.
struct ZonedClock: Sendable {
    let timeZone: TimeZone

    /// Local wall-clock seconds since 1970-01-01T00:00 (as if the wall clock were UTC).
    private func wallSeconds(of instant: Date) -> Int {
        let utc = Int(instant.timeIntervalSince1970.rounded(.down))
        return utc + timeZone.secondsFromGMT(for: instant)
    }

    /// The local calendar day of `instant`.
    func localDate(of instant: Date) -> LocalDate {
        LocalDate(daysSinceEpoch: Self.floorDiv(wallSeconds(of: instant), 86_400))
    }

    /// The local time of day of `instant`, to the minute (seconds dropped, as shown on screen).
    func localTime(of instant: Date) -> LocalTime {
        let secondOfDay = wallSeconds(of: instant) - Self.floorDiv(wallSeconds(of: instant), 86_400) * 86_400
        return LocalTime(hour: secondOfDay / 3600, minute: secondOfDay % 3600 / 60)
    }

    /// The instant when the wall clock shows `time` on `date`.
    ///
    /// A time skipped by a spring-forward change moves forward by the gap (02:30 → 03:30 CEST); a time that
    /// happens twice at a fall-back change is its first occurrence, as `Calendar`'s default policies do.
    func instant(on date: LocalDate, at time: LocalTime) -> Date {
        let wall = date.daysSinceEpoch * 86_400 + time.minutesSinceMidnight * 60
        func offset(_ utc: Int) -> Int { timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utc))) }
        // The true instant is within ±14 h of `wall`; the offsets there cover any change nearby.
        let offsets = Set([offset(wall - 86_400), offset(wall - 43_200), offset(wall), offset(wall + 43_200), offset(wall + 86_400)])
        let valid = offsets.compactMap { candidate -> Int? in
            let utc = wall - candidate
            return offset(utc) == candidate ? utc : nil
        }
        if let first = valid.min() { return Date(timeIntervalSince1970: TimeInterval(first)) }
        // In a gap: read the wall time with the offset in force before the change (the smaller one).
        let before = offsets.min() ?? 0
        return Date(timeIntervalSince1970: TimeInterval(wall - before))
    }

    /// Integer division rounding towards negative infinity.
    static func floorDiv(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }
}
