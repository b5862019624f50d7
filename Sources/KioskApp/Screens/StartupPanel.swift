import Attendance
import Foundation
public import TerminalUI
import Vocabulary

/// The start-up screen: one block per phase in the design's order (configuration, database, model load,
/// memory cleanup, seeds, camera, sync) with a bar, the elapsed time, the verdict as mark, word and colour,
/// and the detail; a failed or degraded phase adds its fix. One-time notices (the first-run PINs) are
/// framed below, in the warning colour, until a key is pressed.
public struct StartupPanel: Widget {
    /// What to draw.
    public var snapshot: KioskSnapshot

    /// A panel for `snapshot`.
    public init(snapshot: KioskSnapshot) {
        self.snapshot = snapshot
    }

    /// Draws the whole screen (header, phases, notices, key bar) into `rect`.
    public func render(in rect: Rect, on canvas: inout Canvas) {
        let language = snapshot.language
        let layout = ScreenLayout(size: rect.size)
        KioskHeader(snapshot: snapshot, subtitle: Bilingual(es: "Arranque",
                                                            en: "Start-up").text(language), showsDoorStatus: false).render(in: layout.header, on: &canvas)
        var items = [KeyBarItem("F10", Bilingual(es: "Salir", en: "Quit").text(language))]
        if snapshot.startupFinished {
            items.insert(KeyBarItem("Enter", Bilingual(es: "Continuar", en: "Continue").text(language)), at: 0)
        }
        KeyBar(items).render(in: layout.keyBar, on: &canvas)

        var body = layout.body.inset(horizontal: 1, vertical: 0)
        let noticeLines = snapshot.notices.flatMap { DisplayWidth.wrap("• " + $0.text(language), to: max(1, body.width - 4)) }
        if !noticeLines.isEmpty {
            let height = min(noticeLines.count + 2, max(3, body.height / 2))
            let (rest, box) = body.splitBottom(height)
            body = rest
            Panel(title: Bilingual(es: "! Anote estos PIN",
                                   en: "! Write these PINs down").text(language), isFocused: true).render(in: box, on: &canvas)
            let inner = Panel.content(of: box).inset(horizontal: 1, vertical: 0)
            for (offset, line) in noticeLines.prefix(inner.height).enumerated() {
                canvas.write(line, x: inner.x, y: inner.y + offset, style: Style(.warn), clip: inner)
            }
        }
        let (phases, status) = body.splitBottom(1)
        drawPhases(in: phases, on: &canvas)
        canvas.write(DisplayWidth.fit(statusLine.text, to: status.width), x: status.x, y: status.y, style: statusLine.style, clip: status)
    }

    /// The line under the phases: still starting, or done (and how to go on).
    public var statusLine: Span {
        let language = snapshot.language
        guard snapshot.startupFinished else {
            // Only a kiosk.conf that cannot be used fails this phase: the panel waits for it to be fixed.
            if snapshot.startup.first(where: { $0.phase == .configuration })?.outcome?.verdict == .failed {
                return Span(Bilingual(es: "✗ Esperando un kiosk.conf válido…", en: "✗ Waiting for a usable kiosk.conf…").text(language), role: .error)
            }
            return Span(Bilingual(es: "Arrancando…", en: "Starting…").text(language), role: .info)
        }
        let failed = snapshot.startup.contains { $0.outcome?.verdict == .failed }
        let degraded = snapshot.startup.contains { $0.outcome?.verdict == .warning }
        let verdict = failed
            ? Span(Bilingual(es: "✗ Arranque con fallos (modo reducido)", en: "✗ Started with failures (reduced mode)").text(language), role: .error)
            : degraded
                ? Span(Bilingual(es: "! Arranque en modo degradado", en: "! Started degraded").text(language), role: .warn)
                : Span(Bilingual(es: "✓ Arranque completo", en: "✓ Start-up complete").text(language), role: .ok)
        let next = snapshot.notices.isEmpty
            ? Bilingual(es: " — abriendo el fichaje…", en: " — opening check-in…").text(language)
            : Bilingual(es: " — pulse una tecla para continuar", en: " — press a key to continue").text(language)
        return Span(verdict.text + next, style: verdict.style)
    }

    /// The rows of one phase: its line, then its detail and fix when `detailed`.
    func rows(for line: StartupProgress.Line, width: Int, detailed: Bool) -> [(String, Style)] {
        let language = snapshot.language
        let (mark, word, role) = Self.verdict(of: line, language: language)
        let title = DisplayWidth.fit(mark + " " + line.phase.title.text(language), to: 22)
        let barWidth = max(6, min(24, width - 22 - 1 - 1 - 8 - 1 - 12))
        var bar = Canvas(size: Size(width: barWidth, height: 1))
        ProgressBar(fraction: line.outcome == nil ? line.fraction : 1, role: role, showsPercentage: false)
            .render(in: bar.bounds, on: &bar)
        let elapsed = DisplayWidth.fit(Self.seconds(line, now: snapshot.now), to: 8, alignment: .trailing)
        var rows = [(title + " " + bar.row(0) + " " + elapsed + " " + word, Style(role))]
        guard detailed else { return rows }
        let detail = line.outcome?.detail.text(language) ?? line.activity?.text(language)
        if let detail, !detail.isEmpty {
            // A failure's message names the file or device involved: it gets three lines, other details one.
            let lines = line.outcome?.verdict == .failed
                ? Array(DisplayWidth.wrap(detail, to: max(1, width - 4)).prefix(3))
                : [DisplayWidth.truncate(detail, to: max(1, width - 4))]
            for part in lines { rows.append(("    " + part, Style(line.outcome == nil ? .info : .muted))) }
        }
        if let fix = line.outcome?.fix {
            for part in DisplayWidth.wrap("→ " + fix.text(language), to: max(1, width - 4)).prefix(2) {
                rows.append(("    " + part, Style(role)))
            }
        }
        return rows
    }

    private func drawPhases(in rect: Rect, on canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        // Details of phases that went well are left out first when the terminal is short; fixes never.
        var detailed = snapshot.startup.map { _ in true }
        func total() -> Int {
            zip(snapshot.startup, detailed).reduce(0) { $0 + rows(for: $1.0, width: rect.width, detailed: $1.1).count }
        }
        for index in snapshot.startup.indices.reversed() where total() > rect.height {
            if snapshot.startup[index].outcome?.verdict == .ok { detailed[index] = false }
        }
        for index in snapshot.startup.indices.reversed() where total() > rect.height {
            detailed[index] = false
        }
        var y = rect.y
        for (line, isDetailed) in zip(snapshot.startup, detailed) {
            for (text, style) in rows(for: line, width: rect.width, detailed: isDetailed) where y < rect.maxY {
                if text.hasPrefix("    ") {
                    canvas.write(text, x: rect.x, y: y, style: style, clip: rect)
                } else {
                    drawPhaseLine(text, role: style.role, line: line, x: rect.x, y: y, width: rect.width, on: &canvas)
                }
                y += 1
            }
        }
    }

    /// The phase line with its parts in their own styles: title and verdict in the verdict's colour, the
    /// bar as `ProgressBar` draws it, the time plain.
    private func drawPhaseLine(_ text: String, role: StyleRole, line: StartupProgress.Line, x: Int, y: Int, width: Int, on canvas: inout Canvas) {
        let area = Rect(x: x, y: y, width: width, height: 1)
        canvas.write(text, x: x, y: y, style: Style(role), clip: area)
        let barWidth = max(6, min(24, width - 22 - 1 - 1 - 8 - 1 - 12))
        ProgressBar(fraction: line.outcome == nil ? line.fraction : 1, role: role, showsPercentage: false)
            .render(in: Rect(x: x + 23, y: y, width: min(barWidth, max(0, width - 23)), height: 1), on: &canvas)
        canvas.write(DisplayWidth.fit(Self.seconds(line, now: snapshot.now), to: 8, alignment: .trailing),
                     x: x + 23 + barWidth + 1, y: y, style: Style(.normal), clip: area)
    }

    /// Mark, word and colour of a phase: done (its verdict), running, or not started.
    static func verdict(of line: StartupProgress.Line, language: Language) -> (String, String, StyleRole) {
        if let outcome = line.outcome {
            return (outcome.verdict.mark, outcome.verdict.word(language), outcome.verdict.role)
        }
        if line.startedAt != nil {
            return ("…", Bilingual(es: "… en curso", en: "… running").text(language), .info)
        }
        return ("·", Bilingual(es: "· pendiente", en: "· pending").text(language), .muted)
    }

    /// "1.23 s" when done, the running time while running, blank before.
    static func seconds(_ line: StartupProgress.Line, now: Date) -> String {
        if let elapsed = line.elapsed { return String(format: "%.2f s", elapsed) }
        if let started = line.startedAt { return String(format: "%.1f s", max(0, now.timeIntervalSince(started))) }
        return ""
    }
}
