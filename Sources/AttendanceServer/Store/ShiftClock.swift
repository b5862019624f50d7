import Attendance

/// Minutes since midnight ⇄ `HH:MM`, as shifts are stored (minutes) and sent (text).
enum ShiftClock {
    /// `HH:MM` for 0...1439 minutes.
    static func text(minutes: Int) -> String { LocalTime(hour: minutes / 60, minute: minutes % 60).description }

    /// Minutes since midnight of `HH:MM`, nil when the text is not a time.
    static func minutes(_ text: String) -> Int? { LocalTime(text)?.minutesSinceMidnight }
}
