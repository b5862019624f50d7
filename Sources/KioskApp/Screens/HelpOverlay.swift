public import Attendance
public import TerminalUI
public import Vocabulary

/// F1: what each key does and how checking in works, framed over the body; any key closes it.
public struct HelpOverlay: Widget {
    /// The language of the text.
    public var language: Language
    /// A demo kiosk closes with F10 twice; a real door with a technician's PIN.
    public var isDemo: Bool

    /// Help in `language`.
    public init(language: Language, isDemo: Bool = true) {
        self.language = language
        self.isDemo = isDemo
    }

    /// The lines of help.
    public var lines: [String] {
        language == .es ? [
            "Mire a la cámara: el quiosco le reconoce y registra",
            "su entrada o salida (verde = registrado).",
            "Rojo = no reconocido: acérquese, o use F4.",
            "",
            "F4   fichar con código de empleado y PIN",
            "F2   supervisor (código y PIN propio)",
            "F3   diagnóstico para técnicos",
            "F5   su semana, justo después de fichar",
            "Enter / Esc   responder a una pregunta",
            isDemo ? "F10  cerrar el quiosco (pide confirmación)" : "F10  cerrar el quiosco (PIN de un técnico)",
        ] : [
            "Look at the camera: the kiosk recognises you and",
            "records your entry or exit (green = recorded).",
            "Red = not recognised: step closer, or use F4.",
            "",
            "F4   check in with employee code and PIN",
            "F2   supervisor (code and own PIN)",
            "F3   diagnostics for technicians",
            "F5   your week, just after checking in",
            "Enter / Esc   answer a question",
            isDemo ? "F10  close the kiosk (asks to confirm)" : "F10  close the kiosk (a technician's PIN)",
        ]
    }

    /// Draws the help centred over `rect`.
    public func render(in rect: Rect, on canvas: inout Canvas) {
        let box = rect.centered(width: 56, height: lines.count + 4)
        Panel(title: Bilingual(es: "Ayuda", en: "Help").text(language), isFocused: true).render(in: box, on: &canvas)
        let inner = Panel.content(of: box).inset(horizontal: 1, vertical: 0)
        for (offset, line) in lines.enumerated() where offset < inner.height {
            canvas.write(line, x: inner.x, y: inner.y + offset, style: Style(.normal), clip: inner)
        }
        canvas.write(Bilingual(es: "Pulse cualquier tecla para cerrar", en: "Press any key to close").text(language),
                     x: inner.x, y: inner.maxY - 1, style: Style(.muted), clip: inner)
    }
}
