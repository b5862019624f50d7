public import Attendance
public import TerminalUI
public import Vocabulary

/// The code-then-PIN dialog: the employee code typed first, then the person's own PIN on the PIN pad.
/// Used for the PIN check-in (F4) and to open the supervisor (F2) and technician (F3) screens.
///
/// The PIN is checked off the UI thread; meanwhile the dialog is `isChecking` and ignores keys. A refusal
/// ("PIN incorrecto. Quedan 2 intentos.") is shown on the pad and the person can try again.
public struct CredentialDialog: Hashable, Sendable {
    /// What the dialog opens.
    public enum Purpose: Hashable, Sendable {
        /// Check in by code and PIN (the non-biometric way).
        case checkIn
        /// Open a staff screen.
        case staff(StaffRole)
        /// Answer the short-stay question asked of this person ("¿registrar la salida?") with their PIN.
        case confirmExit(EmployeeCode)
        /// Close the kiosk on a real door (`demo = false`): a technician's PIN.
        case quit
    }

    /// Where the dialog is.
    public enum Step: Hashable, Sendable {
        /// Typing the employee code.
        case code(TextEntry)
        /// Typing the PIN of `code`.
        case pin(code: EmployeeCode, entry: PinEntry)
    }

    /// What a key did.
    public enum Action: Hashable, Sendable {
        /// Nothing for the caller to do.
        case none
        /// A key that cannot be taken now: ring the bell.
        case refused
        /// Esc: close the dialog.
        case cancel
        /// Code and PIN are in: check them (off the UI thread), then call `refuse(_:)` or close.
        case submit(code: EmployeeCode, pin: String)
    }

    /// What the dialog opens.
    public let purpose: Purpose
    /// The current step.
    public private(set) var step: Step = .code(TextEntry(.code, maximumLength: 12))
    /// A line under the field: the last refusal.
    public private(set) var message: String?
    /// True while the PIN is being checked.
    public private(set) var isChecking = false

    /// A dialog at its first step.
    public init(purpose: Purpose) {
        self.purpose = purpose
    }

    /// A dialog that asks the PIN of a person already known (recognised, or the one a question was
    /// asked of): the code is not typed.
    public init(purpose: Purpose, code: EmployeeCode) {
        self.purpose = purpose
        step = .pin(code: code, entry: PinEntry())
    }

    /// Applies one key.
    public mutating func handle(_ key: Key) -> Action {
        if isChecking { return key == .escape ? .none : .refused }
        switch step {
        case .code(var entry):
            switch key {
            case .escape:
                return .cancel
            case .enter:
                guard !entry.trimmed.isEmpty else { return .refused }
                step = .pin(code: EmployeeCode(entry.trimmed), entry: PinEntry())
                message = nil
                return .none
            default:
                _ = entry.handle(key)
                step = .code(entry)
                return .none
            }
        case .pin(let code, var entry):
            let outcome = entry.handle(key)
            step = .pin(code: code, entry: entry)
            switch outcome {
            case .editing: return .none
            case .incomplete: return .refused
            case .cancelled: return .cancel
            case .submitted(let pin):
                isChecking = true
                message = nil
                return .submit(code: code, pin: pin)
            }
        }
    }

    /// The PIN was refused: show why and let the person type it again.
    public mutating func refuse(_ reason: String) {
        isChecking = false
        message = reason
    }

    /// The dialog's border title.
    public func title(_ language: Language) -> String {
        switch purpose {
        case .checkIn: Bilingual(es: "Fichar con código y PIN", en: "Check in with code and PIN").text(language)
        case .staff(.supervisor): Bilingual(es: "Supervisor", en: "Supervisor").text(language)
        case .staff(.technician): Bilingual(es: "Técnico", en: "Technician").text(language)
        case .confirmExit: Bilingual(es: "Registrar la salida", en: "Record the exit").text(language)
        case .quit: Bilingual(es: "Cerrar el quiosco: técnico", en: "Close the kiosk: technician").text(language)
        }
    }

    /// Draws the dialog centred over `rect`.
    public func render(in rect: Rect, on canvas: inout Canvas, language: Language) {
        switch step {
        case .code(let entry):
            let box = rect.centered(width: 44, height: 9)
            Panel(title: title(language), isFocused: true).render(in: box, on: &canvas)
            let inner = Panel.content(of: box).inset(horizontal: 1, vertical: 0)
            func line(_ offset: Int, _ text: String, _ style: Style) {
                guard inner.y + offset < inner.maxY else { return }
                canvas.write(DisplayWidth.fit(text, to: inner.width, alignment: .center), x: inner.x, y: inner.y + offset, style: style, clip: inner)
            }
            line(0, Bilingual(es: "Código de empleado", en: "Employee code").text(language), Style(.normal))
            line(2, entry.shown, Style(.title))
            line(4, message ?? "", Style(.error))
            let keys = KeyBar([KeyBarItem("Enter", Bilingual(es: "Seguir", en: "Next").text(language)),
                               KeyBarItem("Esc", Bilingual(es: "Cancelar", en: "Cancel").text(language))], minimumLabelWidth: 0)
            let keysWidth = 5 + 3 + DisplayWidth.of(Bilingual(es: "Seguir", en: "Next").text(language) + Bilingual(es: "Cancelar", en: "Cancel").text(language)) + 2
            keys.render(in: Rect(x: inner.x + max(0, (inner.width - keysWidth) / 2), y: inner.maxY - 1, width: min(inner.width, keysWidth), height: 1), on: &canvas)
        case .pin(let code, let entry):
            let prompt = Bilingual(es: "PIN de \(code)", en: "PIN of \(code)").text(language)
            let shown: Span? = isChecking
                ? Span(Bilingual(es: "Comprobando…", en: "Checking…").text(language), role: .info)
                : message.map { _ in Span(Bilingual(es: "✗ PIN rechazado", en: "✗ PIN refused").text(language), role: .error) }
            PinPad(title: title(language), prompt: prompt, entry: entry, message: shown,
                   language: language).render(in: rect, on: &canvas)
            // The refusal ("Quedan 2 intentos", "bloqueado hasta las 08:35") is longer than the pad: it goes
            // under it, whole.
            guard let message, !isChecking else { return }
            let box = PinPad.frame(in: rect)
            let area = Rect(x: rect.x + 1, y: box.maxY, width: rect.width - 2, height: rect.maxY - box.maxY)
            for (offset, text) in DisplayWidth.wrap("✗ " + message, to: area.width).prefix(area.height).enumerated() {
                canvas.fill(Rect(x: area.x, y: area.y + offset, width: area.width, height: 1))
                canvas.write(DisplayWidth.fit(text, to: area.width, alignment: .center), x: area.x, y: area.y + offset, style: Style(.error), clip: area)
            }
        }
    }
}
