public import Attendance
public import Foundation
import PostgresNIO

// MARK: - Verdict history and exports

extension ServerDatabase {
    /// A stored day's verdict that changed: the previous one is kept, with what changed and why.
    public struct ChangeRecord: Sendable {
        /// The change's number (increasing).
        public var id: Int64
        /// Whose day.
        public var employeeCode: String
        /// The day, `YYYY-MM-DD`.
        public var date: String
        /// When the new verdict replaced the previous one.
        public var changedAt: Date
        /// What made the server recompute ("punches from kiosk …", "leave … granted", "review …").
        public var cause: String
        /// The figures that changed and why.
        public var change: DayChange
        /// The previous verdict's status.
        public var previousStatus: String
        /// The new verdict's status.
        public var status: String
    }

    /// An export taken (a report downloaded as CSV).
    public struct ExportRecord: Sendable {
        /// The export's number.
        public var id: Int64
        /// Which report (`daily`, `monthly`, …).
        public var kind: String
        /// First day, `YYYY-MM-DD`.
        public var from: String
        /// Last day, `YYYY-MM-DD`.
        public var to: String
        /// The site, nil for all.
        public var site: String?
        /// When it was taken.
        public var exportedAt: Date
    }

    /// Records that a report was exported, so later changes to its days can be listed.
    @discardableResult
    public func recordExport(_ kind: ReportKind, from: LocalDate, to: LocalDate, site: String?) async throws -> Int64 {
        try await client.query("""
            INSERT INTO report_exports (kind, from_date, to_date, site_id)
            VALUES (\(kind.rawValue), \(from.description)::date, \(to.description)::date, \(site)) RETURNING id
            """, logger: logger).decode(Int64.self).first { _ in true } ?? 0
    }

    /// The exports, newest first (at most 200).
    public func exports() async throws -> [ExportRecord] {
        var list: [ExportRecord] = []
        for try await (id, kind, from, to, site, at) in try await client.query("""
            SELECT id, kind, to_char(from_date, 'YYYY-MM-DD'), to_char(to_date, 'YYYY-MM-DD'), site_id, exported_at
            FROM report_exports ORDER BY id DESC LIMIT 200
            """, logger: logger).decode((Int64, String, String, String, String?, Date).self) {
            list.append(ExportRecord(id: id, kind: kind, from: from, to: to, site: site, exportedAt: at))
        }
        return list
    }

    /// The verdict changes of days in export `id`'s range (and site) made after it was taken, oldest first.
    ///
    /// - Throws: 404 for an unknown export.
    public func changes(sinceExport id: Int64) async throws -> [ChangeRecord] {
        guard let (from, to, site, at) = try await client.query("""
            SELECT to_char(from_date, 'YYYY-MM-DD'), to_char(to_date, 'YYYY-MM-DD'), site_id, exported_at FROM report_exports WHERE id = \(id)
            """, logger: logger).decode((String, String, String?, Date).self).first(where: { _ in true }) else {
            throw APIError.notFound("no export \(id); list them with GET /api/v1/admin/exports")
        }
        return try await changeRecords("""
            SELECT c.id, c.employee_code, to_char(c.date, 'YYYY-MM-DD'), c.changed_at, c.cause, c.change::text,
                   c.previous->>'status', c.current->>'status'
            FROM attendance_changes c JOIN employees e ON e.code = c.employee_code
            WHERE c.date BETWEEN \(from)::date AND \(to)::date AND c.changed_at > \(at)
                AND (\(site ?? "") = '' OR e.site_id = \(site ?? ""))
            ORDER BY c.id
            """)
    }

    /// Every change of `code`'s verdict on `date`, oldest first.
    public func changes(of code: String, on date: LocalDate) async throws -> [ChangeRecord] {
        try await changeRecords("""
            SELECT id, employee_code, to_char(date, 'YYYY-MM-DD'), changed_at, cause, change::text, previous->>'status', current->>'status'
            FROM attendance_changes WHERE employee_code = \(code) AND date = \(date.description)::date ORDER BY id
            """)
    }

    private func changeRecords(_ query: PostgresQuery) async throws -> [ChangeRecord] {
        var list: [ChangeRecord] = []
        let decoder = JSONDecoder()
        for try await (id, code, date, at, cause, change, before, after) in try await client.query(query, logger: logger)
            .decode((Int64, String, String, Date, String, String, String?, String?).self) {
            guard let change = try? decoder.decode(DayChange.self, from: Data(change.utf8)) else { continue }
            list.append(ChangeRecord(id: id, employeeCode: code, date: date, changedAt: at, cause: cause, change: change,
                                     previousStatus: before ?? "", status: after ?? ""))
        }
        return list
    }

    /// Recomputes one person's day, stores it (keeping a changed previous verdict) and returns it.
    ///
    /// - Throws: 404 for an unknown employee.
    public func explainDay(of code: String, on date: LocalDate, rules: PunchRules, now: Date = Date()) async throws -> DayRecord? {
        try await requireEmployee(code)
        let records = try await computeDays(from: date, to: date, codes: [code], rules: rules, now: now)
        try await store(records, cause: "day \(date) of \(code) opened", rules: rules, now: now)
        return records.first
    }
}
