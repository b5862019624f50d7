public import Attendance
public import TerminalUI
public import Vocabulary

/// Enrolling a face at the kiosk, from the supervisor's screen: the employee's code, the name (new
/// employee, or empty to keep the current one), the consent text — Enter means the person accepted it —
/// then the camera's progress until enough good frames became templates.
public struct EnrolmentForm: Hashable, Sendable {
    /// Where the form is.
    public enum Step: Hashable, Sendable {
        case code(TextEntry)
        case name(EmployeeCode, TextEntry)
        /// Showing the consent text; Enter accepts it, Esc cancels.
        case consent(EmployeeCode, name: String?)
        /// Frames being taken: accepted so far, needed, and the advice for the last frame turned down.
        case running(EmployeeCode, accepted: Int, needed: Int, advice: String?)
        /// Ended; any key closes the form.
        case finished(String, succeeded: Bool)
    }

    /// What a key asks the screen to do.
    public enum Action: Hashable, Sendable {
        case none
        case refused
        /// Close the form.
        case close
        /// Consent given: start taking frames.
        case start(EmployeeCode, name: String?)
    }

    /// The current step.
    public private(set) var step: Step = .code(TextEntry(.code, maximumLength: 12))

    /// A form at its first step.
    public init() {}

    /// Applies one key.
    public mutating func handle(_ key: Key) -> Action {
        switch step {
        case .code(var entry):
            if key == .escape { return .close }
            guard key == .enter else {
                _ = entry.handle(key)
                step = .code(entry)
                return .none
            }
            guard !entry.trimmed.isEmpty else { return .refused }
            step = .name(EmployeeCode(entry.trimmed), TextEntry(.text, maximumLength: 60))
            return .none
        case .name(let code, var entry):
            if key == .escape { return .close }
            guard key == .enter else {
                _ = entry.handle(key)
                step = .name(code, entry)
                return .none
            }
            step = .consent(code, name: entry.trimmed.isEmpty ? nil : entry.trimmed)
            return .none
        case .consent(let code, let name):
            switch key {
            case .escape: return .close
            case .enter:
                step = .running(code, accepted: 0, needed: 0, advice: nil)
                return .start(code, name: name)
            default: return .none
            }
        case .running:
            return .refused
        case .finished:
            return .close
        }
    }

    /// Progress from the camera.
    public mutating func progress(accepted: Int, needed: Int, advice: String?) {
        guard case .running(let code, _, _, _) = step else { return }
        step = .running(code, accepted: accepted, needed: needed, advice: advice)
    }

    /// The enrolment ended.
    public mutating func finish(_ text: String, succeeded: Bool) {
        step = .finished(text, succeeded: succeeded)
    }

    /// Draws the form as a framed box centred over `rect`.
    public func render(in rect: Rect, on canvas: inout Canvas, language: Language) {
        let box = rect.centered(width: min(rect.width, 72), height: min(rect.height, 16))
        Panel(title: Bilingual(es: "Inscribir cara", en: "Enrol a face").text(language), isFocused: true).render(in: box, on: &canvas)
        let inner = Panel.content(of: box).inset(horizontal: 1, vertical: 0)
        var y = inner.y
        func line(_ text: String, _ style: Style) {
            for part in DisplayWidth.wrap(text, to: inner.width) where y < inner.maxY - 1 {
                canvas.write(part, x: inner.x, y: y, style: style, clip: inner)
                y += 1
            }
        }
        var keys = Bilingual(es: "Enter = seguir · Esc = cancelar", en: "Enter = next · Esc = cancel").text(language)
        switch step {
        case .code(let entry):
            line(Bilingual(es: "Código del empleado: ", en: "Employee code: ").text(language) + entry.shown, Style(.title))
        case .name(let code, let entry):
            line(Bilingual(es: "Código: \(code)", en: "Code: \(code)").text(language), Style(.normal))
            line(Bilingual(es: "Nombre (vacío = el actual): ",
                           en: "Name (empty = keep the current one): ").text(language) + entry.shown, Style(.title))
        case .consent(let code, _):
            line(Bilingual(es: "Lea esto a \(code) y pida su conformidad:",
                           en: "Read this to \(code) and ask for consent:").text(language), Style(.normal))
            y += 1
            line(FaceEnrolment.consentText.text(language), Style(.warn))
            keys = Bilingual(es: "Enter = acepta el consentimiento · Esc = no acepta", en: "Enter = consent given · Esc = no consent").text(language)
        case .running(let code, let accepted, let needed, let advice):
            line(Bilingual(es: "\(code): mire a la cámara", en: "\(code): look at the camera").text(language), Style(.title))
            y += 1
            if y < inner.maxY - 1 {
                ProgressBar(fraction: needed > 0 ? Double(accepted) / Double(needed) : 0, role: .info)
                    .render(in: Rect(x: inner.x, y: y, width: inner.width, height: 1), on: &canvas)
                y += 1
            }
            line(Bilingual(es: "\(accepted) de \(needed) imágenes válidas",
                           en: "\(accepted) of \(needed) good frames").text(language), Style(.normal))
            if let advice { line("! " + advice, Style(.warn)) }
            keys = Bilingual(es: "Espere…", en: "Please wait…").text(language)
        case .finished(let text, let succeeded):
            line((succeeded ? "✓ " : "✗ ") + text, Style(succeeded ? .ok : .error))
            keys = Bilingual(es: "Pulse una tecla para volver", en: "Press a key to go back").text(language)
        }
        canvas.write(keys, x: inner.x, y: inner.maxY - 1, style: Style(.muted), clip: inner)
    }
}
