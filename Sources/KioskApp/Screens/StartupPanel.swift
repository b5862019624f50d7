import Attendance
import Foundation
public import TerminalUI

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
        KioskHeader(snapshot: snapshot, subtitle: ScreenFormat.pick(language, "Arranque", "Start-up"), showsDoorStatus: false).render(in: layout.header, on: &canvas)
        var items = [KeyBarItem("F10", ScreenFormat.pick(language, "Salir", "Quit"))]
        if snapshot.startupFinished {
            items.insert(KeyBarItem("Enter", ScreenFormat.pick(language, "Continuar", "Continue")), at: 0)
        }
        KeyBar(items).render(in: layout.keyBar, on: &canvas)

        var body = layout.body.inset(horizontal: 1, vertical: 0)
        let noticeLines = snapshot.notices.flatMap { DisplayWidth.wrap("• " + $0.text(language), to: max(1, body.width - 4)) }
        if !noticeLines.isEmpty {
            let height = min(noticeLines.count + 2, max(3, body.height / 2))
            let (rest, box) = body.splitBottom(height)
            body = rest
            Panel(title: ScreenFormat.pick(language, "! Anote estos PIN", "! Write these PINs down"), isFocused: true).render(in: box, on: &canvas)
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
                return Span(ScreenFormat.pick(language, "✗ Esperando un kiosk.conf válido…", "✗ Waiting for a usable kiosk.conf…"), role: .error)
            }
            return Span(ScreenFormat.pick(language, "Arrancando…", "Starting…"), role: .info)
        }
        let failed = snapshot.startup.contains { $0.outcome?.verdict == .failed }
        let degraded = snapshot.startup.contains { $0.outcome?.verdict == .warning }
        let verdict = failed
            ? Span(ScreenFormat.pick(language, "✗ Arranque con fallos (modo reducido)", "✗ Started with failures (reduced mode)"), role: .error)
            : degraded
                ? Span(ScreenFormat.pick(language, "! Arranque en modo degradado", "! Started degraded"), role: .warn)
                : Span(ScreenFormat.pick(language, "✓ Arranque completo", "✓ Start-up complete"), role: .ok)
        let next = snapshot.notices.isEmpty
            ? ScreenFormat.pick(language, " — abriendo el fichaje…", " — opening check-in…")
            : ScreenFormat.pick(language, " — pulse una tecla para continuar", " — press a key to continue")
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
            rows.append(("    " + DisplayWidth.truncate(detail, to: max(1, width - 4)), Style(line.outcome == nil ? .info : .muted)))
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
            return ("…", ScreenFormat.pick(language, "… en curso", "… running"), .info)
        }
        return ("·", ScreenFormat.pick(language, "· pendiente", "· pending"), .muted)
    }

    /// "1.23 s" when done, the running time while running, blank before.
    static func seconds(_ line: StartupProgress.Line, now: Date) -> String {
        if let elapsed = line.elapsed { return String(format: "%.2f s", elapsed) }
        if let started = line.startedAt { return String(format: "%.1f s", max(0, now.timeIntervalSince(started))) }
        return ""
    }
}
