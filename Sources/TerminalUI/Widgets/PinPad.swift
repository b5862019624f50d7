public import Vocabulary

/// A modal PIN pad centred in its rectangle: title in the border, a prompt, the digits masked as "●",
/// a keypad guide, an optional message (e.g. "PIN incorrecto" in `.error`), and the OK / cancel keys.
public struct PinPad: Widget, Sendable {
    /// Border title ("Supervisor").
    public var title: String
    /// The line above the field ("Introduzca su PIN").
    public var prompt: String
    /// Digits typed so far (only the count is shown).
    public var enteredCount: Int
    /// Most digits the entry accepts (the field stops growing there).
    public var maximumLength: Int
    /// A line under the keypad, e.g. a wrong-PIN or lockout notice.
    public var message: Span?
    /// Language of the OK / cancel labels.
    public var language: Language

    /// The pad's full size; on a shorter rectangle the keypad guide is left out.
    public static let fullSize = Size(width: 36, height: 13)

    /// Creates a pad showing `entry`'s progress.
    public init(title: String, prompt: String, entry: PinEntry, message: Span? = nil, language: Language = .es) {
        self.title = title
        self.prompt = prompt
        enteredCount = entry.count
        maximumLength = entry.maximumLength
        self.message = message
        self.language = language
    }

    /// The masked field: one "●" per digit, then "_" where the next digit goes ("● ● ● _").
    public var maskedField: String {
        var symbols = Array(repeating: "●", count: enteredCount)
        if enteredCount < maximumLength { symbols.append("_") }
        return symbols.joined(separator: " ")
    }

    /// The rectangle the pad occupies inside `rect`.
    public static func frame(in rect: Rect) -> Rect {
        rect.centered(width: fullSize.width, height: fullSize.height)
    }

    /// Draws the pad over the middle of `rect` (what lies under it is cleared).
    public func render(in rect: Rect, on canvas: inout Canvas) {
        let box = Self.frame(in: rect)
        guard box.height >= 6, box.width >= 20 else { return }
        Panel(title: title, isFocused: true).render(in: box, on: &canvas)
        let inner = Panel.content(of: box).inset(horizontal: 1, vertical: 0)
        var y = inner.y
        func line(_ text: String, _ style: Style, alignment: TextAlignment = .center) {
            guard y < inner.maxY else { return }
            canvas.write(DisplayWidth.fit(text, to: inner.width, alignment: alignment), x: inner.x, y: y, style: style, clip: inner)
            y += 1
        }
        line(prompt, Style(.normal))
        y += 1
        line(maskedField, Style(.title))
        y += 1
        if box.height >= Self.fullSize.height {
            for keys in ["1   2   3", "4   5   6", "7   8   9", "    0    "] { line(keys, Style(.muted)) }
            y += 1
        }
        line(message?.text ?? "", message?.style ?? Style(.normal))
        let ok = Bilingual(es: "Aceptar", en: "OK").text(language)
        let cancel = Bilingual(es: "Cancelar", en: "Cancel").text(language)
        let keys = KeyBar([KeyBarItem("Enter", ok), KeyBarItem("Esc", cancel)], minimumLabelWidth: 0)
        let keysWidth = DisplayWidth.of("Enter" + ok + "Esc" + cancel) + 2
        canvas.fill(Rect(x: inner.x, y: inner.maxY - 1, width: inner.width, height: 1))
        keys.render(in: Rect(x: inner.x + max(0, (inner.width - keysWidth) / 2), y: inner.maxY - 1, width: min(inner.width, keysWidth), height: 1), on: &canvas)
    }
}
