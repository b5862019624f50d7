public import Attendance
public import Foundation
public import TerminalUI
public import Vocabulary

/// "r" on the supervisor screen: this kiosk's punches flagged doubtful (today and the
/// `StaffService.reviewQueueDays` before) that nobody reviewed yet. The supervisor confirms one (it stands,
/// audited) or voids it with a reason (a correction, like any other).
public struct ReviewQueue: Hashable, Sendable {
    /// Where the queue is.
    public enum Step: Hashable, Sendable {
        /// Waiting for the punches.
        case loading
        /// Choosing a punch.
        case list
        /// Typing the reason to void the highlighted punch.
        case reason(TextEntry)
        /// Being saved.
        case saving
    }

    /// What a key asks the screen to do.
    public enum Action: Hashable, Sendable {
        case none
        /// The key cannot be taken now: ring the bell.
        case refused
        /// Esc on the list: close the queue.
        case close
        /// Confirm the punch: it stands.
        case confirm(Punch)
        /// Void the punch with a reason.
        case void(Punch, reason: String)
    }

    /// The kiosk's zone, to show the punches' times.
    public let timeZone: TimeZone
    /// The current step.
    public private(set) var step: Step = .loading
    /// The punches to review, oldest first.
    public private(set) var punches: [Punch] = []
    /// The highlighted punch.
    public private(set) var selected = 0
    /// The last outcome or refusal (confirmed, voided, save failed, missing reason).
    public private(set) var message: Span?

    /// A queue waiting for its punches.
    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// Applies one key.
    public mutating func handle(_ key: Key, language: Language) -> Action {
        switch step {
        case .loading:
            return key == .escape ? .close : .refused
        case .saving:
            return .refused
        case .list:
            switch key {
            case .escape: return .close
            case .up: selected = max(0, selected - 1)
            case .down: selected = min(max(0, punches.count - 1), selected + 1)
            case .character("o"), .character("O"), .enter:
                guard selected < punches.count else { return .refused }
                message = nil
                step = .saving
                return .confirm(punches[selected])
            case .character("v"), .character("V"):
                guard selected < punches.count else { return .refused }
                message = nil
                step = .reason(TextEntry(.text, maximumLength: 120))
            default: break
            }
            return .none
        case .reason(var entry):
            if key == .escape {
                message = nil
                step = .list
                return .none
            }
            guard key == .enter else {
                _ = entry.handle(key)
                step = .reason(entry)
                return .none
            }
            guard selected < punches.count else { return .refused }
            guard !entry.trimmed.isEmpty else {
                message = Span(Bilingual(es: "✗ El motivo es obligatorio", en: "✗ A reason is required").text(language), role: .error)
                return .refused
            }
            message = nil
            step = .saving
            return .void(punches[selected], reason: entry.trimmed)
        }
    }

    /// The punches to review arrived (oldest first); the highlight stays where it was, within the list.
    public mutating func show(punches: [Punch]) {
        self.punches = punches
        selected = min(selected, max(0, punches.count - 1))
        step = .list
    }

    /// Reading the queue failed: say why and show the list as it was.
    public mutating func fail(_ reason: Span) {
        message = reason
        step = .list
    }

    /// A review was saved (or refused): say so and wait for the list again.
    public mutating func finish(_ outcome: Span) {
        message = outcome
        step = .loading
    }

    /// The queue's lines as shown (text and style), for `render` and for tests.
    public func lines(language: Language) -> [(String, Style)] {
        var lines: [(String, Style)] = []
        switch step {
        case .loading, .saving:
            lines.append((Bilingual(es: "Cargando…", en: "Loading…").text(language), Style(.info)))
        case .list:
            if punches.isEmpty {
                lines.append((Bilingual(es: "No hay fichajes dudosos por revisar",
                                        en: "No doubtful punches to review").text(language), Style(.muted)))
            }
            for (index, punch) in punches.enumerated() {
                let distance = punch.matchDistance.map { String(format: " %.2f", $0) } ?? ""
                let text = "\(punch.localDate) \(ScreenFormat.time(punch.instant, timeZone))  \(punch.employee)  "
                    + "\(punch.kind.label(language: language))  \(punch.method.rawValue)\(distance)"
                lines.append(((index == selected ? "▶ " : "  ") + text, Style(index == selected ? .selection : .normal)))
            }
        case .reason(let entry):
            guard selected < punches.count else { break }
            let punch = punches[selected]
            lines.append((Bilingual(es: "Anular el fichaje de \(punch.employee) del \(punch.localDate) a las \(ScreenFormat.time(punch.instant, timeZone))",
                                    en: "Void \(punch.employee)'s punch of \(punch.localDate) at \(ScreenFormat.time(punch.instant, timeZone))").text(language), Style(.normal)))
            lines.append((Bilingual(es: "Motivo (obligatorio): ", en: "Reason (required): ").text(language) + entry.shown, Style(.title)))
        }
        if let message {
            lines.append(("", Style(.normal)))
            lines.append((message.text, message.style))
        }
        return lines
    }

    /// The keys that apply at this step.
    public func hint(language: Language) -> String {
        switch step {
        case .reason: Bilingual(es: "Enter = anular · Esc = volver", en: "Enter = void · Esc = back").text(language)
        default: Bilingual(es: "↑/↓ · o/Enter = confirmar · v = anular · Esc = cerrar",
                           en: "↑/↓ · o/Enter = confirm · v = void · Esc = close").text(language)
        }
    }

    /// Draws the queue as a framed box centred over `rect`.
    public func render(in rect: Rect, on canvas: inout Canvas, language: Language) {
        let content = lines(language: language)
        let box = rect.centered(width: min(rect.width, 76), height: min(rect.height, content.count + 4))
        Panel(title: Bilingual(es: "Fichajes dudosos", en: "Doubtful punches").text(language), isFocused: true).render(in: box, on: &canvas)
        let inner = Panel.content(of: box).inset(horizontal: 1, vertical: 0)
        for (offset, (text, style)) in content.enumerated() where offset < inner.height - 1 {
            canvas.write(DisplayWidth.truncate(text, to: inner.width), x: inner.x, y: inner.y + offset, style: style, clip: inner)
        }
        canvas.write(DisplayWidth.truncate(hint(language: language), to: inner.width),
                     x: inner.x, y: inner.maxY - 1, style: Style(.muted), clip: inner)
    }
}
