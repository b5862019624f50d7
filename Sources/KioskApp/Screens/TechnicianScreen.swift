public import Attendance
public import TerminalUI
public import Vocabulary

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
        [KeyBarItem("r", Bilingual(es: "Repetir", en: "Re-run").text(language)),
         KeyBarItem("t", Bilingual(es: "Prueba", en: "Test").text(language)),
         KeyBarItem("l", "Log"),
         KeyBarItem("a", Bilingual(es: "Alarmas", en: "Alarms").text(language)),
         KeyBarItem("s", Bilingual(es: "Sincro", en: "Sync").text(language)),
         KeyBarItem("n", Bilingual(es: "Ahora", en: "Now").text(language)),
         KeyBarItem("g", Bilingual(es: "Registrar", en: "Register").text(language)),
         KeyBarItem("↑↓", Bilingual(es: "Mover", en: "Scroll").text(language)),
         KeyBarItem("Esc", Bilingual(es: "Volver", en: "Back").text(language))]
    }

    /// The actions the key bar has no room for.
    public static func moreActions(_ language: Language) -> String {
        Bilingual(es: "k reabrir la cámara · m cargar los modelos · p panel de arranque",
                  en: "k reopen the camera · m load the models · p start-up panel").text(language)
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
                return [(Bilingual(es: "Comprobando…", en: "Checking…").text(language), Style(.info))]
            }
            var lines = checkLines(report, width: width, wrapped: true)
            if lines.count + 3 > height { lines = checkLines(report, width: width, wrapped: false) }
            let failed = report.checks.filter { $0.verdict == .failed }.count
            lines.append(("", Style(.normal)))
            lines.append(report.passed
                ? (Bilingual(es: "✓ Todo correcto (\(report.checks.count) comprobaciones)",
                             en: "✓ All good (\(report.checks.count) checks)").text(language), Style(.ok))
                : (Bilingual(es: "✗ \(failed) comprobación(es) fallida(s)", en: "✗ \(failed) check(s) failed").text(language), Style(.error)))
            if state.isRunning {
                lines.append((Bilingual(es: "Comprobando otra vez…", en: "Checking again…").text(language), Style(.info)))
            }
            return lines
        case .recognitionTest(let result):
            var lines = [(Bilingual(es: "Prueba de reconocimiento sobre la imagen actual",
                                    en: "Recognition test on the live frame").text(language), Style(.title))]
            guard let result else { return lines + [(Bilingual(es: "Analizando…", en: "Analysing…").text(language), Style(.info))] }
            lines += result.map { ("  " + $0.text(language), Style(.normal)) }
            return lines
        case .log(let tail):
            var lines = [(Bilingual(es: "Últimas líneas del log", en: "Last lines of the log").text(language), Style(.title))]
            guard let tail else { return lines + [(Bilingual(es: "Leyendo…", en: "Reading…").text(language), Style(.info))] }
            lines += tail.map { (DisplayWidth.truncate($0, to: width), Style(.muted)) }
            return lines
        case .sync(let detail):
            var lines = [(Bilingual(es: "Sincronización con el servidor central", en: "Sync with the central server").text(language), Style(.title))]
            guard let detail else { return lines + [(Bilingual(es: "Leyendo…", en: "Reading…").text(language), Style(.info))] }
            for line in detail {
                lines += DisplayWidth.wrap(line.text(language), to: max(1, width)).map { ($0, Style(.normal)) }
            }
            lines.append(("", Style(.normal)))
            lines.append((Bilingual(es: "n sincroniza ahora, g registra el quiosco con un código",
                                    en: "n syncs now, g registers the kiosk with a code").text(language), Style(.muted)))
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
        let title = Bilingual(es: "Diagnóstico: ", en: "Diagnostics: ").text(language) + state.technician.name
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
