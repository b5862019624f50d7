public import Attendance
public import Foundation
public import TerminalUI
public import Vocabulary

/// A supervisor's correction of one employee's day, step by step: what (add an entry, add an exit, void a
/// punch), when (a time) or which punch, then the reason, which is required. The correction is a new
/// record; the original punches stay.
public struct CorrectionForm: Hashable, Sendable {
    /// Where the form is.
    public enum Step: Hashable, Sendable {
        /// Choosing what to do (0 = add entry, 1 = add exit, 2 = void a punch).
        case chooseAction(selected: Int)
        /// Typing the time of the punch to add.
        case time(PunchKind, TextEntry)
        /// Waiting for the employee's punches of the day.
        case loadingPunches
        /// Choosing the punch to void.
        case choosePunch([Punch], selected: Int)
        /// Typing the reason.
        case reason(Correction.Action, TextEntry)
        /// Being saved.
        case saving
    }

    /// What a key asks the screen to do.
    public enum Action: Hashable, Sendable {
        case none
        /// The key cannot be taken now: ring the bell.
        case refused
        /// Esc: close the form.
        case cancel
        /// Load the employee's punches of the day (for voiding one).
        case loadPunches
        /// Save the correction.
        case submit(Correction.Action, reason: String)
    }

    /// Whose day.
    public let employee: Employee
    /// Which day.
    public let date: LocalDate
    /// The kiosk's zone, to turn the typed time into an instant.
    public let timeZone: TimeZone
    /// The current step.
    public private(set) var step: Step = .chooseAction(selected: 0)
    /// The last refusal (bad time, missing reason, save failed).
    public private(set) var message: String?

    /// A form for `employee` on `date`.
    public init(employee: Employee, date: LocalDate, timeZone: TimeZone) {
        self.employee = employee
        self.date = date
        self.timeZone = timeZone
    }

    /// Applies one key.
    public mutating func handle(_ key: Key, language: Language) -> Action {
        if key == .escape { return step == .saving ? .refused : .cancel }
        switch step {
        case .chooseAction(let selected):
            switch key {
            case .up: step = .chooseAction(selected: max(0, selected - 1))
            case .down: step = .chooseAction(selected: min(2, selected + 1))
            case .character("1"): return choose(0)
            case .character("2"): return choose(1)
            case .character("3"): return choose(2)
            case .enter: return choose(selected)
            default: return .none
            }
            return .none
        case .time(let kind, var entry):
            guard key == .enter else {
                _ = entry.handle(key)
                step = .time(kind, entry)
                return .none
            }
            guard let time = LocalTime(entry.trimmed) else {
                message = Bilingual(es: "Hora no válida: '\(entry.trimmed)'. Escriba HH:MM, p. ej. 08:30",
                                    en: "Not a time: '\(entry.trimmed)'. Type HH:MM, e.g. 08:30").text(language)
                return .refused
            }
            message = nil
            let instant = PunchRules(timeZone: timeZone).instant(on: date, at: time)
            step = .reason(.add(kind: kind, instant: instant), TextEntry(.text, maximumLength: 120))
            return .none
        case .loadingPunches, .saving:
            return .refused
        case .choosePunch(let punches, let selected):
            switch key {
            case .up: step = .choosePunch(punches, selected: max(0, selected - 1))
            case .down: step = .choosePunch(punches, selected: min(max(0, punches.count - 1), selected + 1))
            case .enter:
                guard selected < punches.count else { return .refused }
                step = .reason(.void(punchID: punches[selected].id), TextEntry(.text, maximumLength: 120))
            default: break
            }
            return .none
        case .reason(let action, var entry):
            guard key == .enter else {
                _ = entry.handle(key)
                step = .reason(action, entry)
                return .none
            }
            guard !entry.trimmed.isEmpty else {
                message = Bilingual(es: "El motivo es obligatorio", en: "A reason is required").text(language)
                return .refused
            }
            message = nil
            step = .saving
            return .submit(action, reason: entry.trimmed)
        }
    }

    /// The employee's punches of the day arrived (newest last).
    public mutating func show(punches: [Punch], language: Language) {
        guard step == .loadingPunches else { return }
        if punches.isEmpty {
            message = Bilingual(es: "No hay fichajes que anular ese día", en: "No punches to void that day").text(language)
            step = .chooseAction(selected: 2)
        } else {
            step = .choosePunch(punches, selected: punches.count - 1)
        }
    }

    /// Saving (or loading) failed: say why and go back a step.
    public mutating func fail(_ reason: String) {
        message = reason
        step = .chooseAction(selected: 0)
    }

    private mutating func choose(_ index: Int) -> Action {
        message = nil
        switch index {
        case 0: step = .time(.entry, TextEntry(.time, maximumLength: 5))
        case 1: step = .time(.exit, TextEntry(.time, maximumLength: 5))
        default:
            step = .loadingPunches
            return .loadPunches
        }
        return .none
    }

    /// The form's lines as shown (text and style), for `render` and for tests.
    public func lines(language: Language) -> [(String, Style)] {
        var lines: [(String, Style)] = [
            (Bilingual(es: "Empleado: \(employee.code) \(employee.name) — \(ScreenFormat.day(date, language))",
                       en: "Employee: \(employee.code) \(employee.name) — \(ScreenFormat.day(date, language))").text(language), Style(.normal)),
            ("", Style(.normal)),
        ]
        switch step {
        case .chooseAction(let selected):
            let options = [Bilingual(es: "1  Añadir una entrada", en: "1  Add an entry").text(language),
                           Bilingual(es: "2  Añadir una salida", en: "2  Add an exit").text(language),
                           Bilingual(es: "3  Anular un fichaje", en: "3  Void a punch").text(language)]
            for (index, option) in options.enumerated() {
                lines.append(((index == selected ? "▶ " : "  ") + option, Style(index == selected ? .selection : .normal)))
            }
        case .time(let kind, let entry):
            lines.append((Bilingual(es: "Hora de la \(kind.label(language: language)) (HH:MM): ",
                                    en: "Time of the \(kind.label(language: language)) (HH:MM): ").text(language) + entry.shown, Style(.title)))
        case .loadingPunches:
            lines.append((Bilingual(es: "Cargando fichajes…", en: "Loading punches…").text(language), Style(.info)))
        case .choosePunch(let punches, let selected):
            lines.append((Bilingual(es: "Fichaje a anular (↑/↓, Enter):", en: "Punch to void (↑/↓, Enter):").text(language), Style(.normal)))
            for (index, punch) in punches.enumerated() {
                let text = "\(ScreenFormat.time(punch.instant, timeZone))  \(punch.kind.label(language: language))  \(punch.method.rawValue)"
                lines.append(((index == selected ? "▶ " : "  ") + text, Style(index == selected ? .selection : .normal)))
            }
        case .reason(let action, let entry):
            let what: String = switch action {
            case .add(let kind, let instant): Bilingual(es: "Añadir \(kind.label(language: language)) a las \(ScreenFormat.time(instant, timeZone))",
                                                        en: "Add \(kind.label(language: language)) at \(ScreenFormat.time(instant, timeZone))").text(language)
            case .void: Bilingual(es: "Anular el fichaje elegido", en: "Void the chosen punch").text(language)
            }
            lines.append((what, Style(.normal)))
            lines.append((Bilingual(es: "Motivo (obligatorio): ", en: "Reason (required): ").text(language) + entry.shown, Style(.title)))
        case .saving:
            lines.append((Bilingual(es: "Guardando…", en: "Saving…").text(language), Style(.info)))
        }
        if let message {
            lines.append(("", Style(.normal)))
            lines.append(("✗ " + message, Style(.error)))
        }
        return lines
    }

    /// Draws the form as a framed box centred over `rect`.
    public func render(in rect: Rect, on canvas: inout Canvas, language: Language) {
        let content = lines(language: language)
        let box = rect.centered(width: min(rect.width, 72), height: min(rect.height, content.count + 4))
        Panel(title: Bilingual(es: "Corrección", en: "Correction").text(language), isFocused: true).render(in: box, on: &canvas)
        let inner = Panel.content(of: box).inset(horizontal: 1, vertical: 0)
        for (offset, (text, style)) in content.enumerated() where offset < inner.height - 1 {
            canvas.write(DisplayWidth.truncate(text, to: inner.width), x: inner.x, y: inner.y + offset, style: style, clip: inner)
        }
        canvas.write(Bilingual(es: "Enter = seguir · Esc = cancelar", en: "Enter = next · Esc = cancel").text(language),
                     x: inner.x, y: inner.maxY - 1, style: Style(.muted), clip: inner)
    }
}
