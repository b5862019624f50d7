public import Vocabulary

extension DayFlags {
    /// Each flag's text, in a fixed order (missing exit first: it needs a supervisor).
    public func labels(language: Language) -> [String] {
        let texts: [(DayFlags, es: String, en: String)] = [
            (.missingExit, "salida no registrada", "exit not recorded"),
            (.exitWithoutEntry, "salida sin entrada", "exit without entry"),
            (.outsideWindow, "fuera de horario", "outside schedule"),
            (.late, "llegada tarde", "arrived late"),
            (.earlyLeave, "salida anticipada", "left early"),
            (.corrected, "corregido", "corrected"),
            (.closedAtShiftEnd, "cerrada al fin del turno", "closed at shift end"),
            (.halfDayLeave, "media jornada de permiso", "half day on leave"),
            (.workedOnDayOff, "trabajado en día libre", "worked on a day off"),
            (.overtimePending, "horas extra por aprobar", "overtime to approve"),
        ]
        return texts.filter { contains($0.0) }.map { Bilingual(es: $0.es, en: $0.en).text(language) }
    }
}
