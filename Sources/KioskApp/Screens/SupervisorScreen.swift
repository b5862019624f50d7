public import Attendance
import KioskStore
public import TerminalUI
public import Vocabulary

/// The supervisor's day view: the day and filters on top, one row per employee (shift, in, out, status as
/// a word in its colour, minutes late, time worked), the totals, and the keys; the correction and
/// enrolment forms open over it.
public struct SupervisorScreen: Widget {
    /// The header's source.
    public var snapshot: KioskSnapshot
    /// The screen's state.
    public var state: SupervisorState

    /// A screen for `state`.
    public init(snapshot: KioskSnapshot, state: SupervisorState) {
        self.snapshot = snapshot
        self.state = state
    }

    /// The keys of the bar.
    public static func keys(_ language: Language) -> [KeyBarItem] {
        [KeyBarItem("←→", Bilingual(es: "Día", en: "Day").text(language)),
         KeyBarItem("s", Bilingual(es: "Turno", en: "Shift").text(language)),
         KeyBarItem("t", Bilingual(es: "Estado", en: "Status").text(language)),
         KeyBarItem("?", Bilingual(es: "Por qué", en: "Why").text(language)),
         KeyBarItem("c", Bilingual(es: "Corregir", en: "Correct").text(language)),
         KeyBarItem("r", Bilingual(es: "Revisar", en: "Review").text(language)),
         KeyBarItem("e", Bilingual(es: "Inscribir", en: "Enrol").text(language)),
         KeyBarItem("F5", "CSV"),
         KeyBarItem("Esc", Bilingual(es: "Volver", en: "Back").text(language))]
    }

    /// The table's columns.
    public static func columns(_ language: Language) -> [TableColumn] {
        [TableColumn(Bilingual(es: "Empleado", en: "Employee").text(language), width: .flexible(minimum: 12, weight: 3)),
         TableColumn(Bilingual(es: "Turno", en: "Shift").text(language), width: .fixed(8)),
         TableColumn(Bilingual(es: "Entra", en: "In").text(language), width: .fixed(5)),
         TableColumn(Bilingual(es: "Sale", en: "Out").text(language), width: .fixed(5)),
         TableColumn(Bilingual(es: "Estado", en: "Status").text(language), width: .flexible(minimum: 10, weight: 2)),
         TableColumn(Bilingual(es: "Tarde", en: "Late").text(language), width: .fixed(5), alignment: .trailing),
         TableColumn(Bilingual(es: "Trab.", en: "Work").text(language), width: .fixed(5), alignment: .trailing)]
    }

    /// One record as a table row; its colour follows the status, whose word is in the row.
    public func row(_ record: DayRecord) -> TableRow {
        let language = snapshot.language
        let zone = snapshot.timeZone
        var status = Self.mark(record.status) + " " + record.status.label(language: language)
        let flags = record.flags.subtracting([.late, .earlyLeave]).labels(language: language)
        if !flags.isEmpty { status += " (" + flags.joined(separator: ", ") + ")" }
        return TableRow([
            "\(record.employee.code) \(record.employee.name)",
            record.shiftName ?? "—",
            record.firstIn.map { ScreenFormat.time($0, zone) } ?? "—",
            record.lastOut.map { ScreenFormat.time($0, zone) } ?? "—",
            status,
            record.minutesLate > 0 ? "\(record.minutesLate)" : "",
            ScreenFormat.hoursMinutes(record.minutesWorked),
        ], role: Self.role(record.status))
    }

    /// The totals line of the visible records.
    public var totalsLine: String {
        let language = snapshot.language
        let records = state.visibleRecords
        let totals = DayTotals.totals(records)
        // Time worked and lateness first: the per-status counts repeat what the rows show, so they are what
        // a narrow terminal cuts.
        var parts = [Bilingual(es: "Total \(totals.records)", en: "Total \(totals.records)").text(language),
                     Bilingual(es: "trabajado \(ScreenFormat.hoursMinutes(totals.minutesWorked))",
                               en: "worked \(ScreenFormat.hoursMinutes(totals.minutesWorked))").text(language)]
        if totals.minutesLate > 0 {
            parts.append(Bilingual(es: "retraso \(totals.minutesLate) min", en: "late \(totals.minutesLate) min").text(language))
        }
        for status in DayStatus.allCases where totals.count(status) > 0 {
            parts.append("\(status.label(language: language)) \(totals.count(status))")
        }
        return parts.joined(separator: " · ")
    }

    /// Draws the whole screen into `rect`.
    public func render(in rect: Rect, on canvas: inout Canvas) {
        let language = snapshot.language
        let layout = ScreenLayout(size: rect.size)
        KioskHeader(snapshot: snapshot, subtitle: "Supervisor: " + state.supervisor.name, showsDoorStatus: false).render(in: layout.header, on: &canvas)
        KeyBar(Self.keys(language), minimumLabelWidth: 0).render(in: layout.keyBar, on: &canvas)
        let body = layout.body
        let (filterRow, rest) = body.splitTop(1)
        let shift = state.shiftFilter ?? Bilingual(es: "todos", en: "all").text(language)
        let status = state.statusFilter?.label(language: language) ?? Bilingual(es: "todos", en: "all").text(language)
        canvas.write([Span(" " + ScreenFormat.day(state.date, language), role: .title, emphasis: .bold),
                      Span(Bilingual(es: "   Turno: ", en: "   Shift: ").text(language) + shift, role: .normal),
                      Span(Bilingual(es: "   Estado: ", en: "   Status: ").text(language) + status, role: .normal)],
                     x: filterRow.x, y: filterRow.y, clip: filterRow)
        let (tableArea, footer) = rest.splitBottom(2)
        let records = state.visibleRecords
        if state.isLoading {
            canvas.write(Bilingual(es: " Cargando…",
                                   en: " Loading…").text(language), x: tableArea.x, y: tableArea.y + 1, style: Style(.info), clip: tableArea)
        } else if records.isEmpty {
            Table(columns: Self.columns(language), rows: []).render(in: tableArea, on: &canvas)
            canvas.write(Bilingual(es: " (nadie con estos filtros este día)", en: " (nobody with these filters that day)").text(language),
                         x: tableArea.x, y: tableArea.y + 1, style: Style(.muted), clip: tableArea)
        } else {
            let offset = Table.scrollOffset(showing: state.selected, visibleRows: tableArea.height - 1, current: state.scrollOffset)
            Table(columns: Self.columns(language), rows: records.map(row), selectedRow: state.selected, scrollOffset: offset)
                .render(in: tableArea, on: &canvas)
        }
        let totalsRow = Rect(x: footer.x, y: footer.y, width: footer.width, height: 1)
        canvas.write(" " + DisplayWidth.truncate(totalsLine, to: max(0, footer.width - 1)), x: totalsRow.x, y: totalsRow.y, style: Style(.title), clip: totalsRow)
        if let notice = state.notice {
            let noticeRow = Rect(x: footer.x, y: footer.y + 1, width: footer.width, height: 1)
            canvas.write(" " + DisplayWidth.truncate(notice.text, to: max(0, footer.width - 1)), x: noticeRow.x, y: noticeRow.y, style: notice.style, clip: noticeRow)
        }
        if let form = state.correction {
            form.render(in: body, on: &canvas, language: language)
        }
        if let form = state.enrolment {
            form.render(in: body, on: &canvas, language: language)
        }
        if let queue = state.review {
            queue.render(in: body, on: &canvas, language: language)
        }
        if state.explaining, let record = state.selectedRecord {
            DayExplanationOverlay(record: record, language: language).render(in: body, on: &canvas)
        }
    }

    /// A mark for each status, so its colour always comes with a sign and a word.
    static func mark(_ status: DayStatus) -> String {
        switch status {
        case .onTime: "✓"
        case .late, .earlyLeave: "!"
        case .absent: "✗"
        case .open: "●"
        case .notScheduled, .pending: "·"
        case .holiday, .justified, .permission: "○"
        }
    }

    /// Each status's colour: on time green, late or early yellow, absent red, in and days off (holiday, leave) cyan.
    static func role(_ status: DayStatus) -> StyleRole {
        switch status {
        case .onTime: .ok
        case .late, .earlyLeave: .warn
        case .absent: .error
        case .open: .info
        case .notScheduled: .normal
        case .pending: .muted
        case .holiday, .justified, .permission: .info
        }
    }
}
