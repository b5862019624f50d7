import BlockingWork
public import Foundation
public import Attendance

// MARK: - CSV export

extension KioskStore {
    /// Writes the day records of every date from `from` to `to` (inclusive) as CSV: RFC 4180 (CRLF, quoting),
    /// UTF-8, header `date,employee_code,employee_name,shift,first_in,last_out,status,minutes_late,
    /// minutes_worked,flags,reason,reason_en,rules_version`, times ISO 8601 in the kiosk's zone, formula-safe
    /// cells. The file is replaced atomically.
    ///
    /// - Parameters:
    ///   - from: First date.
    ///   - to: Last date (not before `from`).
    ///   - path: The CSV file to write.
    ///   - actor: Who exported (audited).
    /// - Returns: The number of data rows written.
    /// - Throws: ``StoreError`` `exportFailed`.
    @discardableResult
    public func exportCSV(from: LocalDate, to: LocalDate, toFile path: String, by actor: EmployeeCode = AuditEntry.systemActor,
                          now: Date = Date()) async throws -> Int {
        guard from <= to else { throw StoreError(.exportFailed, context: "\(path): --from \(from) is after --to \(to)") }
        let csv = AttendanceCSV(timeZone: options.timeZone)
        var text = csv.line(AttendanceCSV.header)
        var rows = 0
        var date = from
        while date <= to {
            for record in try await daySummary(for: date, now: now).records {
                text += csv.line(csv.row(record))
                rows += 1
            }
            date = date.adding(days: 1)
        }
        let contents = text
        // The atomic write (a temporary file, fsync, rename) blocks: on a dedicated thread, off the pool.
        try await DedicatedThread.run(name: "csv-export") {
            do {
                try Data(contents.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw StoreError(.exportFailed, context: path, underlying: error)
            }
        }
        try await appendAudit(actor: actor, action: "export.csv", detail: "\(from)…\(to): \(rows) rows", now: now)
        return rows
    }
}
