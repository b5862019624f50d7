/// Totals over a set of day records (the day view's footer and the CSV summary).
public struct DayTotals: Hashable, Sendable {
    /// Number of records per status; every status is present (0 when none).
    public var countByStatus: [DayStatus: Int]
    /// Sum of `minutesWorked`.
    public var minutesWorked: Int
    /// Sum of `minutesLate`.
    public var minutesLate: Int
    /// Number of records.
    public var records: Int
    /// Records flagged `missingExit`.
    public var missingExits: Int

    /// Makes totals.
    public init(countByStatus: [DayStatus: Int], minutesWorked: Int, minutesLate: Int, records: Int, missingExits: Int) {
        self.countByStatus = countByStatus
        self.minutesWorked = minutesWorked
        self.minutesLate = minutesLate
        self.records = records
        self.missingExits = missingExits
    }

    /// Records with `status`.
    public func count(_ status: DayStatus) -> Int { countByStatus[status] ?? 0 }

    /// Adds up `records`.
    public static func totals(_ records: [DayRecord]) -> DayTotals {
        var counts = Dictionary(uniqueKeysWithValues: DayStatus.allCases.map { ($0, 0) })
        var worked = 0
        var late = 0
        var missing = 0
        for record in records {
            counts[record.status, default: 0] += 1
            worked += record.minutesWorked
            late += record.minutesLate
            if record.flags.contains(.missingExit) { missing += 1 }
        }
        return DayTotals(countByStatus: counts, minutesWorked: worked, minutesLate: late, records: records.count, missingExits: missing)
    }
}
