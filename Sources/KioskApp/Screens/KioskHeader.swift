import Attendance
import Camera
public import TerminalUI
import Vocabulary

/// The top line of every screen: the kiosk's name (and the open screen), then the camera, the sync state
/// with the queued punches, and the date and clock on the right, where they never move.
public struct KioskHeader: Widget {
    /// What to draw.
    public var snapshot: KioskSnapshot
    /// The open screen ("Supervisor: Ana Pérez"), after the kiosk's name.
    public var subtitle: String?
    /// Whether the camera and sync states are shown (the door's screens); staff screens show only the
    /// clock, leaving room for who is using them.
    public var showsDoorStatus: Bool

    /// A header for `snapshot`.
    public init(snapshot: KioskSnapshot, subtitle: String? = nil, showsDoorStatus: Bool = true) {
        self.snapshot = snapshot
        self.subtitle = subtitle
        self.showsDoorStatus = showsDoorStatus
    }

    /// The status spans, left to right: camera, sync (when shown), date and clock.
    public var status: [Span] {
        let language = snapshot.language
        var spans: [Span] = []
        if showsDoorStatus {
            if snapshot.startupFinished || snapshot.cameraStatus != nil { spans.append(cameraSpan) }
            spans.append(Span("⇅ " + snapshot.syncLine.text(language), role: snapshot.queuedPunches > 0 ? .info : .header))
        }
        spans.append(Span(ScreenFormat.shortDate(snapshot.now, snapshot.timeZone, language) + " "
                          + ScreenFormat.clock(snapshot.now, snapshot.timeZone), role: .header, emphasis: .bold))
        return spans
    }

    private var cameraSpan: Span {
        let language = snapshot.language
        switch snapshot.cameraStatus {
        case .streaming?:
            let fps = Int(snapshot.cameraFPS.rounded())
            return Span(Bilingual(es: "✓ Cámara \(fps) fps", en: "✓ Camera \(fps) fps").text(language), role: .ok)
        case .starting?, .reconnecting?:
            return Span(Bilingual(es: "! Cámara reconectando", en: "! Camera reconnecting").text(language), role: .warn)
        case nil:
            return Span(Bilingual(es: "✗ Sin cámara", en: "✗ No camera").text(language), role: .error)
        default:
            return Span(Bilingual(es: "✗ Cámara parada", en: "✗ Camera stopped").text(language), role: .error)
        }
    }

    /// Draws the header on the first row of `rect`; the title is shortened before any status is dropped.
    public func render(in rect: Rect, on canvas: inout Canvas) {
        let spans = status
        let statusWidth = spans.reduce(0) { $0 + $1.width } + 2 * max(0, spans.count - 1)
        var title = snapshot.kioskName
        if let subtitle { title += " · " + subtitle }
        let room = max(10, rect.width - statusWidth - 5)
        HeaderLine(title: DisplayWidth.truncate(title, to: room), status: spans).render(in: rect, on: &canvas)
    }
}
