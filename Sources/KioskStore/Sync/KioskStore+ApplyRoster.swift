public import Foundation
import Attendance
import GRDB

// MARK: - Apply roster

extension KioskStore {
    /// Applies a roster update from the server in ONE write transaction, then stores its version: deletions
    /// first, then employees (with PIN hashes and consent), shifts, schedule lines, templates (encrypted like
    /// local ones) and each employee's latest punch at the site.
    ///
    /// A local enrolment the server has not acknowledged is never deleted. A PIN hash the kiosk cannot check,
    /// or an item naming an employee or shift this kiosk does not have, is skipped and counted, so one bad
    /// item never blocks the rest of the roster.
    ///
    /// For example:
    /// ```swift
    /// let report = try await store.applyRoster(update)
    /// if report.changesGallery { try await reloadGallery() }
    /// ```
    ///
    /// - Parameters:
    ///   - update: what the server sent, mapped by the sync client.
    ///   - now: when (consent and audit times).
    /// - Returns: what changed.
    /// - Throws: ``StoreError`` `diskFull`, `readOnly`, `database`; nothing is applied when it throws.
    @discardableResult
    public func applyRoster(_ update: RosterUpdate, now: Date = Date()) async throws -> RosterApplyReport {
        var start = RosterApplyReport(version: update.version)
        start.skipped = update.unreadable
        var templates: [(template: RosterUpdate.Template, sealed: Data)] = []
        for template in update.templates {
            guard template.vector.count == TemplateCipher.dimensions, template.vector.allSatisfy(\.isFinite) else {
                start.skipped += 1
                continue
            }
            let sealed = try cipher.seal(template.vector, id: template.id.uuidString, employeeCode: template.employee.rawValue)
            templates.append((template: template, sealed: sealed))
        }
        let initial = start
        let sealedTemplates = templates
        return try await write("apply roster version \(update.version)") { db in
            var report = initial
            for deletion in update.deletions { try Self.apply(deletion, db, &report) }
            for employee in update.employees { try Self.apply(employee, db, now: now, &report) }
            for shift in update.shifts {
                try db.execute(sql: """
                    INSERT INTO shift (name, startMinute, endMinute) VALUES (?, ?, ?)
                    ON CONFLICT(name) DO UPDATE SET startMinute = excluded.startMinute, endMinute = excluded.endMinute
                    """, arguments: [shift.name, shift.start.minutesSinceMidnight, shift.end.minutesSinceMidnight])
                report.shiftsAndSchedules += 1
            }
            for schedule in update.schedules {
                guard try EmployeeRecord.exists(db, key: schedule.employee.rawValue),
                      try ShiftRecord.exists(db, key: schedule.shiftName) else {
                    report.skipped += 1
                    continue
                }
                try ScheduleRecord(schedule).upsert(db)
                report.shiftsAndSchedules += 1
            }
            for (template, sealed) in sealedTemplates {
                guard try EmployeeRecord.exists(db, key: template.employee.rawValue) else {
                    report.skipped += 1
                    continue
                }
                try db.execute(sql: """
                    INSERT OR IGNORE INTO faceTemplate (id, employeeCode, consentID, sealed, createdAt) VALUES (?, ?, NULL, ?, ?)
                    """, arguments: [template.id.uuidString, template.employee.rawValue, sealed, now])
                report.templatesAdded += db.changesCount
            }
            if update.lastPunchesComplete { try db.execute(sql: "DELETE FROM siteLastPunch") }
            for last in update.lastPunches { try SiteLastPunchRecord(last).upsert(db) }
            try Self.storeLastPunchCursor(db, update.lastPunchCursor, now: now)
            if let calendar = update.calendar { try Self.replaceCalendar(db, with: calendar) }
            if report.templatesDeleted > 0 {
                try Self.appendAudit(db, actor: AuditEntry.systemActor, action: "biometrics.delete",
                                     detail: "\(report.templatesDeleted) templates deleted by the server's roster version \(update.version)",
                                     now: now)
            }
            try Self.storeRosterVersion(db, update.version, now: now)
            return report
        }
    }

    /// Deletes an employee's templates, except local enrolments still waiting for the server's acknowledgement.
    private static let acknowledgedTemplatesOfEmployee = """
        DELETE FROM faceTemplate WHERE employeeCode = ?
            AND id NOT IN (SELECT itemID FROM outbox WHERE itemKind = 'enrolment' AND state != 'acknowledged')
        """

    private static func apply(_ deletion: RosterUpdate.Deletion, _ db: Database, _ report: inout RosterApplyReport) throws {
        switch deletion {
        case .employee(let code):
            try db.execute(sql: "UPDATE employee SET active = 0 WHERE code = ? AND active", arguments: [code.rawValue])
            report.employeesDeactivated += db.changesCount
            try db.execute(sql: "DELETE FROM schedule WHERE employeeCode = ?", arguments: [code.rawValue])
            report.shiftsAndSchedules += db.changesCount
            try db.execute(sql: acknowledgedTemplatesOfEmployee, arguments: [code.rawValue])
            report.templatesDeleted += db.changesCount
        case .template(let id):
            if try isUnacknowledgedEnrolment(db, id: id.uuidString) {
                report.unacknowledgedKept += 1
            } else {
                try db.execute(sql: "DELETE FROM faceTemplate WHERE id = ?", arguments: [id.uuidString])
                report.templatesDeleted += db.changesCount
            }
        case .schedule(let code, let weekday, let shiftName):
            try db.execute(sql: "DELETE FROM schedule WHERE employeeCode = ? AND weekday = ? AND shiftName = ?",
                           arguments: [code.rawValue, weekday.rawValue, shiftName])
            report.shiftsAndSchedules += db.changesCount
        case .shift(let name):
            try db.execute(sql: "DELETE FROM schedule WHERE shiftName = ?", arguments: [name])
            report.shiftsAndSchedules += db.changesCount
            try db.execute(sql: "DELETE FROM shift WHERE name = ?", arguments: [name])
            report.shiftsAndSchedules += db.changesCount
        }
    }

    /// Upserts one employee; replaces the PIN hash when the server sent a readable, different one; sets the
    /// badge the server sent (see ``applyBadge(_:to:_:now:_:)``); follows the server's consent, keeping local
    /// enrolments not yet acknowledged.
    private static func apply(_ employee: RosterUpdate.Employee, _ db: Database, now: Date, _ report: inout RosterApplyReport) throws {
        let code = employee.code.rawValue
        try db.execute(sql: "INSERT OR IGNORE INTO role (name) VALUES (?)", arguments: [employee.role])
        try db.execute(sql: """
            INSERT INTO employee (code, name, role, active) VALUES (?, ?, ?, ?)
            ON CONFLICT(code) DO UPDATE SET name = excluded.name, role = excluded.role, active = excluded.active
            """, arguments: [code, employee.name, employee.role, employee.active])
        report.employees += 1
        if let text = employee.pinHash {
            if let digest = PINDigest(text: text) {
                let stored = try EmployeeRecord.fetchOne(db, key: code)?.pinDigest
                if stored.map({ $0.text != digest.text }) ?? true {
                    try storePIN(db, code: employee.code, digest: digest)
                    report.pinsUpdated += 1
                }
            } else {
                report.skipped += 1
            }
        }
        if let badge = employee.badge { try applyBadge(badge, to: employee.code, db, now: now, &report) }
        if employee.biometricConsent {
            try db.execute(sql: "UPDATE employee SET biometricConsentAt = COALESCE(biometricConsentAt, ?) WHERE code = ?",
                           arguments: [now, code])
        } else {
            try db.execute(sql: acknowledgedTemplatesOfEmployee, arguments: [code])
            report.templatesDeleted += db.changesCount
            let waiting = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM faceTemplate WHERE employeeCode = ?", arguments: [code]) ?? 0
            if waiting == 0 {
                try db.execute(sql: "UPDATE employee SET biometricConsentAt = NULL WHERE code = ?", arguments: [code])
            }
        }
    }

    /// Gives `code` the server's `badge`: the server keeps one person per badge, so its number wins over a
    /// local one, taken (audited) from whoever carries it here. A number the kiosk would not accept from
    /// `kiosk badge set` is skipped and counted. The audit never holds the number: a badge is a credential.
    private static func applyBadge(_ badge: String, to code: EmployeeCode, _ db: Database, now: Date,
                                   _ report: inout RosterApplyReport) throws {
        guard isValidBadge(badge) else {
            report.skipped += 1
            return
        }
        let holders = try String.fetchAll(db, sql: "SELECT code FROM employee WHERE badge = ? AND code <> ? ORDER BY code",
                                          arguments: [badge, code.rawValue])
        for holder in holders {
            try db.execute(sql: "UPDATE employee SET badge = NULL WHERE code = ?", arguments: [holder])
            try appendAudit(db, actor: AuditEntry.systemActor, action: "badge.clear",
                            detail: "\(holder): the server's roster gave that badge to \(code.rawValue)", now: now)
            report.badgesTakenFromOthers += 1
        }
        try db.execute(sql: "UPDATE employee SET badge = ? WHERE code = ? AND badge IS NOT ?", arguments: [badge, code.rawValue, badge])
        if db.changesCount > 0 {
            try appendAudit(db, actor: AuditEntry.systemActor, action: "badge.set", detail: "\(code.rawValue) from the server's roster", now: now)
            report.badgesSet += 1
        }
    }

    /// True when `id` is a template enrolled here whose enrolment the server has not acknowledged.
    static func isUnacknowledgedEnrolment(_ db: Database, id: String) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM outbox WHERE itemKind = 'enrolment' AND itemID = ? AND state != 'acknowledged')
            """, arguments: [id]) ?? false
    }
}
