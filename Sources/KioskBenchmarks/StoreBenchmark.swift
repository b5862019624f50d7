public import Foundation
import Attendance
import GRDB
import KioskStore

/// Measures the store's two speed goals and returns a plain-text table (`kiosk bench` prints it):
/// a punch commit with fsync (`synchronous=FULL`; target ≤ 5 ms median) and the day summary for 5,000
/// employees with two punches each (target ≤ 50 ms).
///
/// It works in a fresh database in `directory` (removed afterwards), never in the kiosk's own.
public struct StoreBenchmark: Sendable {
    /// Punches to time (each a full `punch` call: decide + insert + outbox + commit).
    public var punches: Int
    /// Employees in the day-summary database (two punches each).
    public var employees: Int
    /// Day-summary runs to time.
    public var summaryRuns: Int

    public init(punches: Int = 200, employees: Int = 5_000, summaryRuns: Int = 7) {
        precondition(punches > 0 && employees > 0 && summaryRuns > 0, "StoreBenchmark counts must be positive")
        self.punches = punches
        self.employees = employees
        self.summaryRuns = summaryRuns
    }

    /// Runs both measurements in a scratch folder inside `directory` and returns the table.
    public func run(in directory: String = NSTemporaryDirectory()) async throws -> String {
        let folder = (directory as NSString).appendingPathComponent("kiosk-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let utc = TimeZone(identifier: "UTC")!
        // A Monday: its neighbours Sunday (no schedule) and Tuesday (Completo).
        let day = LocalDate(year: 2025, month: 3, day: 3)
        let rules = PunchRules(timeZone: utc)
        let morning = rules.instant(on: day, at: LocalTime(hour: 8))

        let punchStore = try await KioskStore.open(path: folder + "/punch.sqlite", options: StoreOptions(timeZone: utc))
        _ = try await punchStore.seed(demo: false)
        let codes = (0..<20).map { EmployeeCode(String(format: "B%03d", $0)) }
        for code in codes { try await punchStore.saveEmployee(Employee(code: code, name: "Bench \(code)")) }
        var commit: [Duration] = []
        let clock = ContinuousClock()
        for i in 0..<punches {
            let instant = morning.addingTimeInterval(Double(i / codes.count) * 600 + Double(i % codes.count))
            let started = clock.now
            _ = try await punchStore.punch(codes[i % codes.count], at: instant, method: .face, matchDistance: 0.4,
                                           confirmedShortStay: true)
            commit.append(clock.now - started)
        }

        let summaryStore = try await KioskStore.open(path: folder + "/summary.sqlite", options: StoreOptions(timeZone: utc))
        _ = try await summaryStore.seed(demo: false)
        let kioskID = try await summaryStore.kioskID()
        let count = employees
        try await summaryStore.write("bench roster") { db in
            var sequence: Int64 = 0
            for n in 0..<count {
                let code = EmployeeCode(String(format: "P%05d", n))
                try KioskStore.saveEmployee(db, Employee(code: code, name: "Persona \(n)"))
                // A working week, as a real roster has it: the day's read must not pay for the other weekdays.
                for weekday in [Weekday.monday, .tuesday, .wednesday, .thursday, .friday] {
                    try ScheduleRecord(Schedule(employee: code, weekday: weekday, shiftName: "Completo")).insert(db)
                }
                for (kind, minutes) in [(PunchKind.entry, n % 30), (.exit, 9 * 60 + n % 30)] {
                    sequence += 1
                    try PunchRecord(Punch(kioskID: kioskID, sequence: sequence, employee: code,
                                          instant: morning.addingTimeInterval(Double(minutes * 60)), localDate: day,
                                          kind: kind, method: .face, shiftName: "Completo")).insert(db)
                }
            }
        }
        var summary: [Duration] = []
        var summaryCPU: [Duration] = []
        var readOnly: [Duration] = []
        var rulesOnly: [Duration] = []
        var records = 0
        let evening = rules.instant(on: day, at: LocalTime(hour: 20))
        for _ in 0..<summaryRuns {
            let started = clock.now
            let cpuStarted = Self.processCPUTime()
            records = try await summaryStore.daySummary(for: day, now: evening).records.count
            summary.append(clock.now - started)
            summaryCPU.append(Self.processCPUTime() - cpuStarted)
            // The same work in its two halves, to show where the time goes.
            let readStarted = clock.now
            let input = try await summaryStore.read("bench read") { db in try DayInput.fetch(db, date: day) }
            readOnly.append(clock.now - readStarted)
            let rulesStarted = clock.now
            _ = rules.dayRecords(for: day, employees: input.employees, schedules: input.schedules, shifts: input.shifts,
                                 punches: input.punches, corrections: input.corrections, calendar: input.calendar, now: evening)
            rulesOnly.append(clock.now - rulesStarted)
        }

        // The floor under a punch: one tiny write transaction, committed with fsync.
        var floor: [Duration] = []
        for i in 0..<min(punches, 100) {
            let started = clock.now
            try await punchStore.write("bench fsync") { db in
                try db.execute(sql: "INSERT OR REPLACE INTO syncState (key, value, updatedAt) VALUES ('bench', ?, ?)",
                               arguments: [String(i), Date()])
            }
            floor.append(clock.now - started)
        }

        func ms(_ d: Duration) -> String {
            let c = d.components
            return String(format: "%.2f ms", Double(c.seconds) * 1000 + Double(c.attoseconds) / 1e15)
        }
        func pct(_ values: [Duration], _ p: Double) -> Duration {
            let sorted = values.sorted()
            return sorted[min(sorted.count - 1, max(0, Int((p * Double(sorted.count)).rounded(.up)) - 1))]
        }
        func pad(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: max(0, w - s.count)) }
        var lines = ["KioskStore benchmark (SQLite WAL, synchronous=FULL, \(folder))"]
        lines.append(pad("measure", 44) + pad("n", 6) + pad("median", 12) + pad("p99", 12) + "target")
        lines.append(pad("punch commit (decide+insert+outbox+fsync)", 44) + pad("\(commit.count)", 6)
                     + pad(ms(pct(commit, 0.5)), 12) + pad(ms(pct(commit, 0.99)), 12) + "≤ 5 ms median")
        lines.append(pad("  floor: empty commit with fsync", 44) + pad("\(floor.count)", 6)
                     + pad(ms(pct(floor, 0.5)), 12) + pad(ms(pct(floor, 0.99)), 12) + "(disk's fsync)")
        lines.append(pad("day summary, \(count) employees × 2 punches", 44) + pad("\(summary.count)", 6)
                     + pad(ms(pct(summary, 0.5)), 12) + pad(ms(pct(summary, 0.99)), 12) + "≤ 50 ms (\(records) records)")
        lines.append(pad("  its CPU time (all threads)", 44) + pad("\(summaryCPU.count)", 6)
                     + pad(ms(pct(summaryCPU, 0.5)), 12) + pad(ms(pct(summaryCPU, 0.99)), 12) + "(wall far above this: a busy box)")
        lines.append(pad("  of which: database read", 44) + pad("\(readOnly.count)", 6)
                     + pad(ms(pct(readOnly, 0.5)), 12) + pad(ms(pct(readOnly, 0.99)), 12))
        lines.append(pad("  of which: PunchRules.dayRecords", 44) + pad("\(rulesOnly.count)", 6)
                     + pad(ms(pct(rulesOnly, 0.5)), 12) + pad(ms(pct(rulesOnly, 0.99)), 12))
        return lines.joined(separator: "\n") + "\n"
    }

    /// CPU time of the whole process so far: nothing else runs in it while the day summary is timed, so the
    /// difference is the summary's cost on every thread (its read runs on the database's own queue), which
    /// tells a slow summary from a busy machine.
    static func processCPUTime() -> Duration {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return .seconds(spec.tv_sec) + .nanoseconds(spec.tv_nsec)
    }
}
