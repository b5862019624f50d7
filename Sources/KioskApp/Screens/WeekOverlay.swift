public import Attendance
public import TerminalUI
public import Vocabulary

/// F5 after a punch: that person's week (each day's status, hours worked and lateness, and the totals),
/// framed over the check-in screen; any key closes it, or it leaves by itself.
public struct WeekOverlay: Widget {
    public var week: WeekView
    public var language: Language

    public init(week: WeekView, language: Language) {
        self.week = week
        self.language = language
    }

    /// One line per day, then the totals.
    public var lines: [(String, Style)] {
        var lines = week.days.map { day -> (String, Style) in
            let status = SupervisorScreen.mark(day.status) + " " + day.status.label(language: language)
            let late = day.minutesLate > 0 ? Bilingual(es: " · \(day.minutesLate) min tarde",
                                                       en: " · \(day.minutesLate) min late").text(language) : ""
            let text = ScreenFormat.weekdayName(isoWeekday: day.date.weekday.rawValue, language) + " "
                + String(format: "%02d/%02d", day.date.day, day.date.month) + "  "
                + DisplayWidth.fit(status, to: 16) + " " + ScreenFormat.hoursMinutes(day.minutesWorked) + " h" + late
            return (text, Style(SupervisorScreen.role(day.status)))
        }
        if lines.isEmpty {
            lines.append((Bilingual(es: "Nada registrado esta semana", en: "Nothing recorded this week").text(language), Style(.muted)))
        }
        lines.append(("", Style(.normal)))
        lines.append((Bilingual(es: "Total: ", en: "Total: ").text(language) + ScreenFormat.hoursMinutes(week.minutesWorked) + " h"
            + Bilingual(es: " · \(week.minutesLate) min de retraso", en: " · \(week.minutesLate) min late").text(language), Style(.title)))
        return lines
    }

    /// Draws the week centred over `rect`.
    public func render(in rect: Rect, on canvas: inout Canvas) {
        let lines = self.lines
        let box = rect.centered(width: 56, height: lines.count + 4)
        let title = Bilingual(es: "Semana de ", en: "Week of ").text(language) + week.employee.name
        Panel(title: title, isFocused: true).render(in: box, on: &canvas)
        let inner = Panel.content(of: box).inset(horizontal: 1, vertical: 0)
        for (offset, (text, style)) in lines.enumerated() where offset < inner.height {
            canvas.write(text, x: inner.x, y: inner.y + offset, style: style, clip: inner)
        }
        canvas.write(Bilingual(es: "Pulse cualquier tecla para cerrar", en: "Press any key to close").text(language),
                     x: inner.x, y: inner.maxY - 1, style: Style(.muted), clip: inner)
    }
}
