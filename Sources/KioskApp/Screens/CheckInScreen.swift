public import Attendance
public import Foundation
public import TerminalUI
public import Vocabulary

/// The door's screen: the header, the live preview on the left, the large message and the last punches on
/// the right, the F-key bar at the bottom; the code + PIN dialog, the help and the quit question over it.
public struct CheckInScreen: Widget {
    /// How long a message stays before the screen goes back to "look at the camera".
    public static let messageSeconds: TimeInterval = 8

    /// What to draw.
    public var snapshot: KioskSnapshot
    /// The code + PIN dialog, when open.
    public var dialog: CredentialDialog?
    /// Whether the help (F1) is shown.
    public var showsHelp: Bool
    /// Whether F10 was pressed once and waits for the second press.
    public var asksToQuit: Bool
    /// The week of the person just punched (F5), when shown.
    public var week: WeekView?

    /// A check-in screen for `snapshot`.
    public init(snapshot: KioskSnapshot, dialog: CredentialDialog? = nil, showsHelp: Bool = false, asksToQuit: Bool = false,
                week: WeekView? = nil) {
        self.snapshot = snapshot
        self.dialog = dialog
        self.showsHelp = showsHelp
        self.asksToQuit = asksToQuit
        self.week = week
    }

    /// The keys of the bar, in the kiosk's language. While a recognised supervisor or technician is
    /// offered their screen, its key names them.
    public static func keys(_ language: Language, offer: StaffOffer? = nil, week: WeekOffer? = nil) -> [KeyBarItem] {
        let offered = offer?.roles ?? []
        let supervisor = offered.contains(.supervisor) ? "Supervisor: \(offer?.code.rawValue ?? "")" : "Supervisor"
        let technician = offered.contains(.technician)
            ? Bilingual(es: "Técnico: ", en: "Technician: ").text(language) + (offer?.code.rawValue ?? "")
            : Bilingual(es: "Diagnóstico", en: "Diagnostics").text(language)
        var keys = [KeyBarItem("F1", Bilingual(es: "Ayuda", en: "Help").text(language)),
                    KeyBarItem("F2", supervisor),
                    KeyBarItem("F3", technician),
                    KeyBarItem("F4", "PIN")]
        if week != nil { keys.append(KeyBarItem("F5", Bilingual(es: "Mi semana", en: "My week").text(language))) }
        return keys + [KeyBarItem("F10", Bilingual(es: "Salir", en: "Quit").text(language))]
    }

    /// The banner now: the question waiting for an answer (with the seconds left), a recent message, or the
    /// invitation to look at the camera. Each colour comes with its mark ("✓", "!", "✗") and words.
    public var banner: MessageBanner {
        let language = snapshot.language
        if let message = snapshot.message, let question = snapshot.shortStay {
            let left = question.secondsLeft(at: snapshot.now)
            let countdown = Bilingual(es: "caduca en \(left) s", en: "expires in \(left) s").text(language)
            return MessageBanner(message.tone.mark + " " + message.text,
                                 detail: [countdown, message.detail].compactMap { $0 }.joined(separator: " · "),
                                 role: message.tone.role)
        }
        if let message = snapshot.message, snapshot.now.timeIntervalSince(message.shownAt) < Self.messageSeconds {
            return MessageBanner(message.tone.mark + " " + message.text, detail: message.detail, role: message.tone.role)
        }
        let methods = snapshot.checkInMethods
        if !methods.contains(.pin) {
            // A door without PIN check-in (`[checkin] methods`) never invites F4.
            let face = snapshot.recognitionAvailable && methods.contains(.face)
            let badge = methods.contains(.badge)
            let text = switch (face, badge) {
            case (true, true): Bilingual(es: "Mire a la cámara o pase su tarjeta",
                                         en: "Look at the camera or hold your badge to the reader").text(language)
            case (true, false): Bilingual(es: "Mire a la cámara para fichar", en: "Look at the camera to check in").text(language)
            default: Bilingual(es: "Pase su tarjeta por el lector", en: "Hold your badge to the reader").text(language)
            }
            return MessageBanner(text, role: .info)
        }
        if snapshot.recognitionAvailable && methods.contains(.face) {
            return MessageBanner(Bilingual(es: "Mire a la cámara para fichar", en: "Look at the camera to check in").text(language),
                                 detail: Bilingual(es: "o pulse F4 para fichar con código y PIN",
                                                   en: "or press F4 to check in with code and PIN").text(language),
                                 role: .info)
        }
        return MessageBanner(Bilingual(es: "Pulse F4 para fichar con código y PIN", en: "Press F4 to check in with code and PIN").text(language),
                             detail: Bilingual(es: "el reconocimiento facial no está disponible",
                                               en: "face recognition is not available").text(language),
                             role: .warn)
    }

    /// Draws the whole screen into `rect` (the canvas' bounds).
    public func render(in rect: Rect, on canvas: inout Canvas) {
        let language = snapshot.language
        let layout = ScreenLayout(size: rect.size)
        KioskHeader(snapshot: snapshot).render(in: layout.header, on: &canvas)
        KeyBar(Self.keys(language, offer: snapshot.staffOffer, week: snapshot.weekOffer)).render(in: layout.keyBar, on: &canvas)
        CameraPreview(snapshot: snapshot).render(in: layout.leftPane, on: &canvas)

        let bannerHeight = max(3, min(9, layout.rightPane.height / 3))
        let (bannerArea, rest) = layout.rightPane.splitTop(bannerHeight)
        banner.render(in: bannerArea, on: &canvas)
        let recentArea = rest.splitTop(1).rest
        drawRecent(in: recentArea, on: &canvas)

        if asksToQuit {
            MessageBanner(Bilingual(es: "! ¿Cerrar el quiosco?", en: "! Close the kiosk?").text(language),
                          detail: Bilingual(es: "F10 otra vez = salir · otra tecla = seguir",
                                            en: "F10 again = quit · any other key = stay").text(language),
                          role: .warn).render(in: layout.body.centered(width: 50, height: 5), on: &canvas)
        }
        if let dialog {
            dialog.render(in: layout.body, on: &canvas, language: language)
        }
        if let week {
            WeekOverlay(week: week, language: language).render(in: layout.body, on: &canvas)
        }
        if showsHelp {
            HelpOverlay(language: language, isDemo: snapshot.isDemo).render(in: layout.body, on: &canvas)
        }
    }

    /// The "last punches" rows: time, name, entry/exit, method.
    public var recentRows: [TableRow] {
        let language = snapshot.language
        return snapshot.recent.map { punch in
            let method = switch punch.method {
            case .face: Bilingual(es: "cara", en: "face").text(language)
            case .pin: "PIN"
            case .manual: "manual"
            case .badge: Bilingual(es: "tarjeta", en: "badge").text(language)
            }
            return TableRow([ScreenFormat.time(punch.instant, snapshot.timeZone), punch.name,
                             punch.kind.label(language: language), method],
                            role: punch.kind == .entry ? .ok : .info)
        }
    }

    private func drawRecent(in rect: Rect, on canvas: inout Canvas) {
        guard rect.height >= 3 else { return }
        let language = snapshot.language
        Panel(title: Bilingual(es: "Últimos fichajes", en: "Last punches").text(language)).render(in: rect, on: &canvas)
        let inner = Panel.content(of: rect)
        guard !snapshot.recent.isEmpty else {
            canvas.write(Bilingual(es: "(ninguno todavía)",
                                   en: "(none yet)").text(language), x: inner.x + 1, y: inner.y, style: Style(.muted), clip: inner)
            return
        }
        let columns = [TableColumn(Bilingual(es: "Hora", en: "Time").text(language), width: .fixed(5)),
                       TableColumn(Bilingual(es: "Nombre", en: "Name").text(language), width: .flexible(minimum: 8)),
                       TableColumn(Bilingual(es: "Tipo", en: "Kind").text(language), width: .fixed(7)),
                       TableColumn(Bilingual(es: "Modo", en: "Way").text(language), width: .fixed(6))]
        Table(columns: columns, rows: recentRows).render(in: inner, on: &canvas)
    }
}
