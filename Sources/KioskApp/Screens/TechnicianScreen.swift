public import Attendance
public import TerminalUI

/// The technician's diagnostics: each check with its mark, word and colour and the fix under each one that
/// is not ok; or the recognition test's lines; or the log's tail; or the sync detail; or the registration form.
public struct TechnicianScreen: Widget {
    /// The header's source.
    public var snapshot: KioskSnapshot
    /// The screen's state.
    public var state: TechnicianState

    /// A screen for `state`.
    public init(snapshot: KioskSnapshot, state: TechnicianState) {
        self.snapshot = snapshot
        self.state = state
    }

    /// The keys of the bar.
    public static func keys(_ language: Language) -> [KeyBarItem] {
        [KeyBarItem("r", ScreenFormat.pick(language, "Repetir", "Re-run")),
         KeyBarItem("t", ScreenFormat.pick(language, "Prueba", "Test")),
         KeyBarItem("l", "Log"),
         KeyBarItem("a", ScreenFormat.pick(language, "Alarmas", "Alarms")),
         KeyBarItem("s", ScreenFormat.pick(language, "Sincro", "Sync")),
         KeyBarItem("n", ScreenFormat.pick(language, "Ahora", "Now")),
         KeyBarItem("g", ScreenFormat.pick(language, "Registrar", "Register")),
         KeyBarItem("↑↓", ScreenFormat.pick(language, "Mover", "Scroll")),
         KeyBarItem("Esc", ScreenFormat.pick(language, "Volver", "Back"))]
    }

    /// The actions the key bar has no room for.
    public static func moreActions(_ language: Language) -> String {
        ScreenFormat.pick(language, "k reabrir la cámara · m cargar los modelos · p panel de arranque",
                          "k reopen the camera · m load the models · p start-up panel")
    }

    /// The body's lines for the open view, each with its style.
    ///
    /// Checks are wrapped when they fit in `height` rows; otherwise each check and each fix gets one
    /// (shortened) row, so every check stays on an 80×24 screen.
    public func lines(width: Int, height: Int = .max) -> [(String, Style)] {
        let language = snapshot.language
        switch state.view {
        case .checks:
            guard let report = state.report else {
                return [(ScreenFormat.pick(language, "Comprobando…", "Checking…"), Style(.info))]
            }
            var lines = checkLines(report, width: width, wrapped: true)
            if lines.count + 3 > height { lines = checkLines(report, width: width, wrapped: false) }
            let failed = report.checks.filter { $0.verdict == .failed }.count
            lines.append(("", Style(.normal)))
            lines.append(report.passed
                ? (ScreenFormat.pick(language, "✓ Todo correcto (\(report.checks.count) comprobaciones)", "✓ All good (\(report.checks.count) checks)"), Style(.ok))
                : (ScreenFormat.pick(language, "✗ \(failed) comprobación(es) fallida(s)", "✗ \(failed) check(s) failed"), Style(.error)))
            if state.isRunning {
                lines.append((ScreenFormat.pick(language, "Comprobando otra vez…", "Checking again…"), Style(.info)))
            }
            return lines
        case .recognitionTest(let result):
            var lines = [(ScreenFormat.pick(language, "Prueba de reconocimiento sobre la imagen actual", "Recognition test on the live frame"), Style(.title))]
            guard let result else { return lines + [(ScreenFormat.pick(language, "Analizando…", "Analysing…"), Style(.info))] }
            lines += result.map { ("  " + $0.text(language), Style(.normal)) }
            return lines
        case .log(let tail):
            var lines = [(ScreenFormat.pick(language, "Últimas líneas del log", "Last lines of the log"), Style(.title))]
            guard let tail else { return lines + [(ScreenFormat.pick(language, "Leyendo…", "Reading…"), Style(.info))] }
            lines += tail.map { (DisplayWidth.truncate($0, to: width), Style(.muted)) }
            return lines
        case .sync(let detail):
            var lines = [(ScreenFormat.pick(language, "Sincronización con el servidor central", "Sync with the central server"), Style(.title))]
            guard let detail else { return lines + [(ScreenFormat.pick(language, "Leyendo…", "Reading…"), Style(.info))] }
            for line in detail {
                lines += DisplayWidth.wrap(line.text(language), to: max(1, width)).map { ($0, Style(.normal)) }
            }
            lines.append(("", Style(.normal)))
            lines.append((ScreenFormat.pick(language, "n sincroniza ahora, g registra el quiosco con un código",
                                            "n syncs now, g registers the kiosk with a code"), Style(.muted)))
            return lines
        case .register(let form):
            return form.lines(language).flatMap { text, style in
                DisplayWidth.wrap(text, to: max(1, width)).map { ($0, style) }
            }
        }
    }

    private func checkLines(_ report: DiagnosticReport, width: Int, wrapped: Bool) -> [(String, Style)] {
        let language = snapshot.language
        func split(_ text: String, _ width: Int) -> [String] {
            wrapped ? DisplayWidth.wrap(text, to: max(1, width)) : [DisplayWidth.truncate(text, to: max(1, width))]
        }
        var lines: [(String, Style)] = []
        for check in report.checks {
            let head = "\(check.verdict.mark) \(check.title.text(language)): \(check.detail.text(language))"
            for (index, part) in split(head, width).enumerated() {
                lines.append(((index == 0 ? "" : "  ") + part, Style(check.verdict.role)))
            }
            if let fix = check.fix {
                for part in split("→ " + fix.text(language), width - 4) {
                    lines.append(("    " + part, Style(check.verdict == .failed ? .error : .warn)))
                }
            }
        }
        return lines
    }

    /// Draws the whole screen into `rect`.
    public func render(in rect: Rect, on canvas: inout Canvas) {
        let language = snapshot.language
        let layout = ScreenLayout(size: rect.size)
        let title = ScreenFormat.pick(language, "Diagnóstico: ", "Diagnostics: ") + state.technician.name
        KioskHeader(snapshot: snapshot, subtitle: title, showsDoorStatus: false).render(in: layout.header, on: &canvas)
        KeyBar(Self.keys(language), minimumLabelWidth: 0).render(in: layout.keyBar, on: &canvas)
        let (content, noticeRow) = layout.body.inset(horizontal: 1, vertical: 0).splitBottom(1)
        let all = lines(width: content.width, height: content.height)
        // The log shows its end; the other views start at the top unless scrolled.
        let first: Int
        if case .log = state.view {
            first = max(0, all.count - content.height)
        } else {
            first = min(state.scrollOffset, max(0, all.count - content.height))
        }
        for (offset, (text, style)) in all.dropFirst(first).prefix(content.height).enumerated() {
            canvas.write(text, x: content.x, y: content.y + offset, style: style, clip: content)
        }
        if let notice = state.notice {
            canvas.write(notice.text, x: noticeRow.x, y: noticeRow.y, style: notice.style, clip: noticeRow)
        } else {
            // The key bar is full at 80 columns: the other actions are named on the notice line until it is used.
            canvas.write(Self.moreActions(language), x: noticeRow.x, y: noticeRow.y, style: Style(.muted), clip: noticeRow)
        }
    }
}
