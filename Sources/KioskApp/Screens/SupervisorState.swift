public import Attendance
public import KioskStore
public import TerminalUI

/// The supervisor's screen state: which day, its records, the filters, the highlighted row, and the
/// correction or enrolment form when one is open.
public struct SupervisorState: Sendable {
    /// Who opened the screen (their own PIN); the audit log and corrections name them.
    public let supervisor: Employee
    /// The day shown.
    public var date: LocalDate
    /// That day's records, once loaded.
    public var summary: DaySummary?
    /// True while the day is being read.
    public var isLoading = true
    /// Only this shift, or every shift (nil).
    public var shiftFilter: String?
    /// Only this status, or every status (nil).
    public var statusFilter: DayStatus?
    /// The highlighted row of the visible records.
    public var selected = 0
    /// The first visible row.
    public var scrollOffset = 0
    /// The line under the totals (exported file, saved correction, an error).
    public var notice: Span?
    /// The open correction form.
    public var correction: CorrectionForm?
    /// The open enrolment form.
    public var enrolment: EnrolmentForm?
    /// The open review queue of doubtful punches ("r").
    public var review: ReviewQueue?
    /// True while the selected row's explanation ("?") is shown over the table.
    public var explaining = false

    /// The screen for `supervisor`, showing `date`.
    public init(supervisor: Employee, date: LocalDate) {
        self.supervisor = supervisor
        self.date = date
    }

    /// The records that pass the filters, by employee code.
    public var visibleRecords: [DayRecord] {
        (summary?.records ?? [])
            .filter { record in shiftFilter.map { record.shiftName == $0 } ?? true }
            .filter { record in statusFilter.map { record.status == $0 } ?? true }
            .sorted { $0.employee.code < $1.employee.code }
    }

    /// The highlighted record, if any.
    public var selectedRecord: DayRecord? {
        let records = visibleRecords
        return selected < records.count ? records[selected] : nil
    }

    /// Next shift filter: every shift, then each shift of the day's records in turn.
    public mutating func cycleShift() {
        let shifts = Array(Set((summary?.records ?? []).compactMap(\.shiftName))).sorted()
        shiftFilter = Self.next(after: shiftFilter, in: shifts)
        selected = 0
        scrollOffset = 0
    }

    /// Next status filter: every status, then each status in turn.
    public mutating func cycleStatus() {
        statusFilter = Self.next(after: statusFilter, in: DayStatus.allCases)
        selected = 0
        scrollOffset = 0
    }

    /// Moves the highlight by `delta` rows, kept inside the visible records.
    public mutating func move(by delta: Int) {
        let count = visibleRecords.count
        selected = count == 0 ? 0 : min(max(0, selected + delta), count - 1)
    }

    /// A new day arrived (or the same day again after a correction).
    public mutating func show(_ summary: DaySummary) {
        self.summary = summary
        isLoading = false
        move(by: 0)
    }

    private static func next<T: Equatable>(after current: T?, in all: [T]) -> T? {
        guard let current, let index = all.firstIndex(of: current) else { return all.first }
        return index + 1 < all.count ? all[index + 1] : nil
    }
}
