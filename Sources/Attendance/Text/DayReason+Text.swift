public import Foundation
public import Vocabulary

extension DayReason {
    /// The rule and its facts as one line, e.g. "tarde 12 min: entrada 08:27, turno 08:00 + 15 min de
    /// tolerancia" / "late 12 min: in 08:27, shift 08:00 + 15 min grace".
    ///
    /// - Parameters:
    ///   - language: Spanish or English.
    ///   - timeZone: where times are shown (the explanation's).
    ///   - date: the record's day; a time on another day shows its offset ("06:00 (+1)").
    public func text(language: Language, timeZone: TimeZone, date: LocalDate) -> String {
        let clock = ZonedClock(timeZone: timeZone)
        func t(_ instant: Date) -> String {
            let time = clock.localTime(of: instant).description
            let offset = clock.localDate(of: instant).daysSinceEpoch - date.daysSinceEpoch
            return offset == 0 ? time : time + " (" + (offset > 0 ? "+" : "") + String(offset) + ")"
        }
        func d(_ minutes: Int) -> String { PunchMessage.duration(minutes: minutes) }
        switch self {
        case .holiday(let name):
            return Bilingual(es: "festivo: \(name)", en: "holiday: \(name)").text(language)
        case .leave(let kind, let note):
            let base = Bilingual(es: "\(kind.status.label(language: .es)): \(kind.label(language: .es)) todo el día",
                                 en: "\(kind.status.label(language: .en)): \(kind.label(language: .en)) for the whole day").text(language)
            return note.isEmpty ? base : base + " (\(note))"
        case .halfDayLeave(let kind, let portion, let note, let start, let end):
            let half = (portion == .firstHalf ? Bilingual(es: "primera mitad", en: "first half")
                                              : Bilingual(es: "segunda mitad", en: "second half")).text(language)
            let base = Bilingual(es: "media jornada de \(kind.label(language: .es)) (\(half)): se espera de \(t(start)) a \(t(end))",
                                 en: "half day of \(kind.label(language: .en)) (\(half)): expected from \(t(start)) to \(t(end))").text(language)
            return note.isEmpty ? base : base + " (\(note))"
        case .onTime(let entry, let start, let tolerance):
            return Bilingual(es: "a tiempo: entrada \(t(entry)), turno \(t(start)) + \(tolerance) min de tolerancia",
                             en: "on time: in \(t(entry)), shift \(t(start)) + \(tolerance) min grace").text(language)
        case .late(let minutes, let entry, let start, let tolerance):
            return Bilingual(es: "tarde \(d(minutes)): entrada \(t(entry)), turno \(t(start)) + \(tolerance) min de tolerancia",
                             en: "late \(d(minutes)): in \(t(entry)), shift \(t(start)) + \(tolerance) min grace").text(language)
        case .earlyLeave(let exit, let end, let tolerance):
            return Bilingual(es: "salida anticipada: salida \(t(exit)), fin del turno \(t(end)) − \(tolerance) min de tolerancia",
                             en: "left early: out \(t(exit)), shift end \(t(end)) − \(tolerance) min grace").text(language)
        case .absent(let shift, let windowStart, let end):
            return Bilingual(es: "ausente: ninguna entrada entre \(t(windowStart)) y \(t(end)) del turno \(shift)",
                             en: "absent: no entry between \(t(windowStart)) and \(t(end)) of the \(shift) shift").text(language)
        case .entryAfterShift(let entry, let end):
            return Bilingual(es: "ausente: la primera entrada (\(t(entry))) llegó después del fin del turno (\(t(end)))",
                             en: "absent: the first entry (\(t(entry))) came after the shift ended (\(t(end)))").text(language)
        case .pending(let shift, let decidedAt):
            return Bilingual(es: "pendiente: sin entrada todavía en el turno \(shift); la ausencia se decide al terminar el día (\(t(decidedAt)))",
                             en: "not in yet: no entry so far on the \(shift) shift; absence is decided when the day ends (\(t(decidedAt)))").text(language)
        case .open(let entry, let windowEnd):
            return Bilingual(es: "dentro: entrada \(t(entry)); la ventana del turno cierra a las \(t(windowEnd))",
                             en: "in: entered \(t(entry)); the shift's window closes at \(t(windowEnd))").text(language)
        case .missingExit(let entry, let windowEnd):
            return Bilingual(es: "salida no registrada: la entrada de las \(t(entry)) seguía abierta al cerrar la ventana (\(t(windowEnd))); no suma tiempo",
                             en: "exit not recorded: the \(t(entry)) entry was still open when the window closed (\(t(windowEnd))); it adds no time").text(language)
        case .entryWithoutExit(let entry, let next):
            return Bilingual(es: "salida no registrada: la entrada de las \(t(entry)) no tiene salida antes de la siguiente entrada (\(t(next))); no suma tiempo",
                             en: "exit not recorded: the \(t(entry)) entry has no exit before the next entry (\(t(next))); it adds no time").text(language)
        case .closedAtShiftEnd(let entry, let end):
            return Bilingual(es: "cerrada al fin del turno: la entrada de las \(t(entry)) se cuenta hasta las \(t(end)) por regla del centro; no hay salida fichada",
                             en: "closed at shift end: the \(t(entry)) entry counts until \(t(end)) by the site's rule; no exit was punched").text(language)
        case .notScheduled:
            return Bilingual(es: "sin horario: fichó un día sin turno asignado",
                             en: "not scheduled: punched on a day with no shift").text(language)
        case .worked(let minutes, let pairs):
            return Bilingual(es: "trabajado \(d(minutes)): suma de \(pairs) \(pairs == 1 ? "tramo" : "tramos") entrada→salida",
                             en: "worked \(d(minutes)): sum of \(pairs) in→out \(pairs == 1 ? "stretch" : "stretches")").text(language)
        case .required(let minutes, let source):
            let from: String
            switch (source, language) {
            case (.schedule, .es): from = "según el horario"
            case (.schedule, .en): from = "from the schedule"
            case (.shiftLength, .es): from = "duración real del turno"
            case (.shiftLength, .en): from = "the shift's real length"
            case (.halfDay, .es): from = "la mitad, por media jornada de permiso"
            case (.halfDay, .en): from = "half, for a half day of leave"
            case (.dayOff, .es): from = "día libre"
            case (.dayOff, .en): from = "a day off"
            }
            return Bilingual(es: "previsto \(d(minutes)): \(from)", en: "expected \(d(minutes)): \(from)").text(language)
        case .exitWithoutEntry(let exit):
            return Bilingual(es: "salida sin entrada a las \(t(exit)): no suma tiempo",
                             en: "exit without entry at \(t(exit)): adds no time").text(language)
        case .outsideWindow:
            return Bilingual(es: "fuera de horario: un fichaje fuera de toda ventana de turno (guardado, nunca rechazado)",
                             en: "outside schedule: a punch outside every shift window (stored, never refused)").text(language)
        case .overtime(let minutes, let end, let approved, let approver):
            if let approved {
                let by = approver.map { Bilingual(es: " por \($0)", en: " by \($0)").text(language) } ?? ""
                return Bilingual(es: "horas extra \(d(minutes)) desde el fin del turno (\(t(end))); aprobadas \(d(approved))\(by)",
                                 en: "overtime \(d(minutes)) from the shift's end (\(t(end))); \(d(approved)) approved\(by)").text(language)
            }
            return Bilingual(es: "horas extra \(d(minutes)) desde el fin del turno (\(t(end))): pendientes de aprobación",
                             en: "overtime \(d(minutes)) from the shift's end (\(t(end))): awaiting approval").text(language)
        case .overtimeBelowMinimum(let minutes, let minimum):
            return Bilingual(es: "sin horas extra: \(d(minutes)) tras el fin del turno, por debajo del mínimo de \(d(minimum))",
                             en: "no overtime: \(d(minutes)) after the shift's end, below the \(d(minimum)) minimum").text(language)
        case .overtimeCapped(let minutes, let cap):
            return Bilingual(es: "horas extra limitadas a \(d(cap)) al día por el centro (se hicieron \(d(minutes)))",
                             en: "overtime capped at \(d(cap)) a day by the site (\(d(minutes)) worked)").text(language)
        case .earlyArrivalNotOvertime(let minutes, let start):
            return Bilingual(es: "llegada anticipada \(d(minutes)) antes de las \(t(start)): no cuenta como horas extra sin aprobación",
                             en: "arrived \(d(minutes)) before \(t(start)): not overtime unless approved").text(language)
        case .corrections(let added, let voided):
            return Bilingual(es: "corregido por un supervisor: \(added) \(added == 1 ? "fichaje añadido" : "fichajes añadidos"), \(voided) \(voided == 1 ? "anulado" : "anulados")",
                             en: "corrected by a supervisor: \(added) \(added == 1 ? "punch" : "punches") added, \(voided) voided").text(language)
        }
    }
}

extension LeaveKind {
    /// "vacaciones" / "vacation", "baja" / "sick leave", "permiso" / "permiso".
    public func label(language: Language) -> String {
        switch (self, language) {
        case (.vacation, .es): "vacaciones"
        case (.vacation, .en): "vacation"
        case (.sick, .es): "baja por enfermedad"
        case (.sick, .en): "sick leave"
        case (.permiso, .es): "permiso"
        case (.permiso, .en): "permiso (personal leave)"
        }
    }
}

extension DayExplanation {
    /// The reasons as lines, status first.
    public func lines(language: Language, date: LocalDate) -> [String] {
        let zone = TimeZone(identifier: timeZone) ?? TimeZone(secondsFromGMT: 0)!
        return reasons.map { $0.text(language: language, timeZone: zone, date: date) }
    }

    /// The reasons on one line, joined with "; " (a report's reason column).
    public func summary(language: Language, date: LocalDate) -> String {
        lines(language: language, date: date).joined(separator: "; ")
    }

    /// Each punch on one line: "entrada 08:27 · puerta K1 · cara", with voided and added punches marked.
    public func punchLines(language: Language, date: LocalDate) -> [String] {
        let zone = TimeZone(identifier: timeZone) ?? TimeZone(secondsFromGMT: 0)!
        let clock = ZonedClock(timeZone: zone)
        return punches.map { punch in
            var time = clock.localTime(of: punch.instant).description
            let offset = clock.localDate(of: punch.instant).daysSinceEpoch - date.daysSinceEpoch
            if offset != 0 { time += " (" + (offset > 0 ? "+" : "") + String(offset) + ")" }
            let method: String
            switch (punch.method, language) {
            case (.face, .es): method = "cara"
            case (.face, .en): method = "face"
            case (.pin, _): method = "PIN"
            case (.manual, _): method = "manual"
            case (.badge, .es): method = "tarjeta"
            case (.badge, .en): method = "badge"
            }
            var line = "\(punch.kind.label(language: language)) \(time) · \(Bilingual(es: "puerta", en: "door").text(language)) \(punch.door) · \(method)"
            switch punch.use {
            case .used: break
            case .voided: line += Bilingual(es: " · anulado", en: " · voided").text(language)
            case .added: line += Bilingual(es: " · añadido", en: " · added").text(language)
            }
            if let correction = punch.correction { line += " (\(correction))" }
            return line
        }
    }
}
