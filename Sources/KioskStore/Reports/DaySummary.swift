public import Attendance

/// The supervisor's day view: one record per employee (shift, in, out, status, minutes late, worked) and
/// the totals.
public struct DaySummary: Hashable, Sendable {
    public var date: LocalDate
    public var records: [DayRecord]
    public var totals: DayTotals

    public init(date: LocalDate, records: [DayRecord], totals: DayTotals) {
        self.date = date
        self.records = records
        self.totals = totals
    }
}
