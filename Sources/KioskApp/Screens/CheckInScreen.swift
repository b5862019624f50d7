public import Attendance
public import Foundation
public import TerminalUI

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
            ? ScreenFormat.pick(language, "Técnico: ", "Technician: ") + (offer?.code.rawValue ?? "")
            : ScreenFormat.pick(language, "Diagnóstico", "Diagnostics")
        var keys = [KeyBarItem("F1", ScreenFormat.pick(language, "Ayuda", "Help")),
                    KeyBarItem("F2", supervisor),
                    KeyBarItem("F3", technician),
                    KeyBarItem("F4", "PIN")]
        if week != nil { keys.append(KeyBarItem("F5", ScreenFormat.pick(language, "Mi semana", "My week"))) }
        return keys + [KeyBarItem("F10", ScreenFormat.pick(language, "Salir", "Quit"))]
    }

    /// The banner now: the question waiting for an answer (with the seconds left), a recent message, or the
    /// invitation to look at the camera. Each colour comes with its mark ("✓", "!", "✗") and words.
    public var banner: MessageBanner {
        let language = snapshot.language
        if let message = snapshot.message, let question = snapshot.shortStay {
            let left = question.secondsLeft(at: snapshot.now)
            let countdown = ScreenFormat.pick(language, "caduca en \(left) s", "expires in \(left) s")
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
            case (true, true): ScreenFormat.pick(language, "Mire a la cámara o pase su tarjeta", "Look at the camera or hold your badge to the reader")
            case (true, false): ScreenFormat.pick(language, "Mire a la cámara para fichar", "Look at the camera to check in")
            default: ScreenFormat.pick(language, "Pase su tarjeta por el lector", "Hold your badge to the reader")
            }
            return MessageBanner(text, role: .info)
        }
        if snapshot.recognitionAvailable && methods.contains(.face) {
            return MessageBanner(ScreenFormat.pick(language, "Mire a la cámara para fichar", "Look at the camera to check in"),
                                 detail: ScreenFormat.pick(language, "o pulse F4 para fichar con código y PIN", "or press F4 to check in with code and PIN"),
                                 role: .info)
        }
        return MessageBanner(ScreenFormat.pick(language, "Pulse F4 para fichar con código y PIN", "Press F4 to check in with code and PIN"),
                             detail: ScreenFormat.pick(language, "el reconocimiento facial no está disponible", "face recognition is not available"),
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
            MessageBanner(ScreenFormat.pick(language, "! ¿Cerrar el quiosco?", "! Close the kiosk?"),
                          detail: ScreenFormat.pick(language, "F10 otra vez = salir · otra tecla = seguir", "F10 again = quit · any other key = stay"),
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
            case .face: ScreenFormat.pick(language, "cara", "face")
            case .pin: "PIN"
            case .manual: "manual"
            case .badge: ScreenFormat.pick(language, "tarjeta", "badge")
            }
            return TableRow([ScreenFormat.time(punch.instant, snapshot.timeZone), punch.name,
                             punch.kind.label(language: language), method],
                            role: punch.kind == .entry ? .ok : .info)
        }
    }

    private func drawRecent(in rect: Rect, on canvas: inout Canvas) {
        guard rect.height >= 3 else { return }
        let language = snapshot.language
        Panel(title: ScreenFormat.pick(language, "Últimos fichajes", "Last punches")).render(in: rect, on: &canvas)
        let inner = Panel.content(of: rect)
        guard !snapshot.recent.isEmpty else {
            canvas.write(ScreenFormat.pick(language, "(ninguno todavía)", "(none yet)"), x: inner.x + 1, y: inner.y, style: Style(.muted), clip: inner)
            return
        }
        let columns = [TableColumn(ScreenFormat.pick(language, "Hora", "Time"), width: .fixed(5)),
                       TableColumn(ScreenFormat.pick(language, "Nombre", "Name"), width: .flexible(minimum: 8)),
                       TableColumn(ScreenFormat.pick(language, "Tipo", "Kind"), width: .fixed(7)),
                       TableColumn(ScreenFormat.pick(language, "Modo", "Way"), width: .fixed(6))]
        Table(columns: columns, rows: recentRows).render(in: inner, on: &canvas)
    }
}
