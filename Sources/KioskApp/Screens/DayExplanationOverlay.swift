public import Attendance
public import TerminalUI
public import Vocabulary

/// "?" on the supervisor's selected row: why the day says what it says — the rule behind each status and
/// figure, the punches used (door, method, time) and the rules' version; any key closes it.
public struct DayExplanationOverlay: Widget {
    /// The row's record.
    public var record: DayRecord
    /// The language of the text.
    public var language: Language

    /// The explanation of `record` in `language`.
    public init(record: DayRecord, language: Language) {
        self.record = record
        self.language = language
    }

    /// The lines before wrapping: title, reasons, punches, rules version.
    public var lines: [String] {
        let explanation = record.explanation
        var lines = ["\(record.employee.code) \(record.employee.name) — \(record.date): \(record.status.label(language: language))", ""]
        lines += explanation.lines(language: language, date: record.date).map { "• " + $0 }
        let punches = explanation.punchLines(language: language, date: record.date)
        if !punches.isEmpty {
            lines.append("")
            lines.append(Bilingual(es: "Fichajes:", en: "Punches:").text(language))
            lines += punches.map { "  " + $0 }
        }
        lines.append("")
        lines.append(Bilingual(es: "Reglas ", en: "Rules ").text(language) + explanation.rulesVersion)
        return lines
    }

    /// Draws the explanation framed over most of `rect`, long lines wrapped at spaces.
    public func render(in rect: Rect, on canvas: inout Canvas) {
        let box = rect.centered(width: max(20, rect.width - 4), height: max(6, rect.height - 2))
        Panel(title: Bilingual(es: "Por qué", en: "Why").text(language), isFocused: true).render(in: box, on: &canvas)
        let inner = Panel.content(of: box).inset(horizontal: 1, vertical: 0)
        let wrapped = lines.flatMap { Self.wrap($0, width: max(10, inner.width)) }
        for (offset, line) in wrapped.enumerated() where offset < inner.height - 1 {
            canvas.write(line, x: inner.x, y: inner.y + offset, style: Style(offset == 0 ? .title : .normal), clip: inner)
        }
        canvas.write(Bilingual(es: "Pulse cualquier tecla para cerrar", en: "Press any key to close").text(language),
                     x: inner.x, y: inner.maxY - 1, style: Style(.muted), clip: inner)
    }

    /// `line` cut at spaces into pieces at most `width` columns wide (a longer word is cut where it must be).
    static func wrap(_ line: String, width: Int) -> [String] {
        guard DisplayWidth.of(line) > width else { return [line] }
        var pieces: [String] = []
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if DisplayWidth.of(candidate) <= width {
                current = candidate
            } else {
                if !current.isEmpty { pieces.append(current) }
                current = DisplayWidth.of(word) > width ? DisplayWidth.truncate(word, to: width) : word
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }
}
