import APIContract
import Attendance
import Foundation
import OpenAPIRuntime

// Explainable attendance: holidays, leave, site policy, overtime approval, a day's explanation, the review
// queue and the changes since an export.

extension ServerAPI {
    func listHolidays(_ input: Operations.ListHolidays.Input) async throws -> Operations.ListHolidays.Output {
        let site = input.path.site
        let holidays = try await database.holidays(site: site, year: input.query.year)
        return .ok(.init(body: .json(holidays.map { .init(site: site, date: $0.date.description, name: $0.name) })))
    }

    func saveHoliday(_ input: Operations.SaveHoliday.Input) async throws -> Operations.SaveHoliday.Output {
        guard case .json(let body) = input.body else { throw APIError.badRequest("send the holiday as application/json") }
        let date = try Self.day(input.path.date, "date")
        try await database.save(holiday: Holiday(date: date, name: body.name), site: input.path.site, rules: rules)
        return .ok(.init(body: .json(.init(site: input.path.site, date: date.description, name: body.name))))
    }

    func deleteHoliday(_ input: Operations.DeleteHoliday.Input) async throws -> Operations.DeleteHoliday.Output {
        try await database.deleteHoliday(on: try Self.day(input.path.date, "date"), site: input.path.site, rules: rules)
        return .noContent(.init())
    }

    func getSitePolicy(_ input: Operations.GetSitePolicy.Input) async throws -> Operations.GetSitePolicy.Output {
        try await database.requireSite(input.path.site)
        return .ok(.init(body: .json(.init(try await database.policy(site: input.path.site)))))
    }

    func saveSitePolicy(_ input: Operations.SaveSitePolicy.Input) async throws -> Operations.SaveSitePolicy.Output {
        guard case .json(let body) = input.body else { throw APIError.badRequest("send the policy as application/json") }
        if body.latenessPenalty != nil && body.latenessLates == nil {
            throw APIError.badRequest("JSON path 'latenessPenalty': give latenessLates too (how many late days make one penalty)")
        }
        let policy = SitePolicy(
            closeOpenEntriesAtShiftEnd: body.closeOpenEntriesAtShiftEnd, overtimeMinimumMinutes: body.overtimeMinimumMinutes,
            overtimeMaximumMinutesPerDay: body.overtimeMaximumMinutesPerDay,
            lateness: body.latenessLates.map { LatenessRule(lates: $0, penalty: body.latenessPenalty.flatMap { .init(rawValue: $0.rawValue) } ?? .halfDay) })
        try await database.save(policy: policy, site: input.path.site)
        return .ok(.init(body: .json(.init(policy))))
    }

    func listLeave(_ input: Operations.ListLeave.Input) async throws -> Operations.ListLeave.Output {
        .ok(.init(body: .json(try await database.leave(of: input.path.code).map(Components.Schemas.LeaveRecord.init))))
    }

    func createLeave(_ input: Operations.CreateLeave.Input) async throws -> Operations.CreateLeave.Output {
        guard case .json(let body) = input.body else { throw APIError.badRequest("send the leave as application/json") }
        let from = try Self.day(body.from, "from")
        let to = try Self.day(body.to, "to")
        guard from <= to else { throw APIError.unprocessable("JSON path 'from': \(from) is after 'to' \(to)") }
        guard let kind = LeaveKind(rawValue: body.kind.rawValue), let portion = LeavePortion(rawValue: body.portion.rawValue) else {
            throw APIError.badRequest("JSON path 'kind' or 'portion' is not a known value")
        }
        let leave = Leave(employee: EmployeeCode(input.path.code), kind: kind, from: from, to: to, portion: portion, note: body.note ?? "")
        let stored = try await database.grant(leave, by: body.createdBy, rules: rules)
        return .created(.init(body: .json(.init(stored))))
    }

    func cancelLeave(_ input: Operations.CancelLeave.Input) async throws -> Operations.CancelLeave.Output {
        guard let id = UUID(uuidString: input.path.id) else { throw APIError.badRequest("path parameter 'id': '\(input.path.id)' is not a UUID") }
        try await database.cancelLeave(id: id, rules: rules)
        return .noContent(.init())
    }

    func approveOvertime(_ input: Operations.ApproveOvertime.Input) async throws -> Operations.ApproveOvertime.Output {
        guard case .json(let body) = input.body else { throw APIError.badRequest("send the approval as application/json") }
        let date = try Self.day(body.date, "date")
        let approval = OvertimeApproval(employee: EmployeeCode(input.path.code), date: date, minutes: body.minutes,
                                        includesEarlyArrival: body.includesEarlyArrival ?? false, supervisor: EmployeeCode(body.approvedBy),
                                        reason: body.reason, approvedAt: Date())
        try await database.approve(approval, rules: rules)
        return .created(.init(body: .json(try await dayDetail(input.path.code, date))))
    }

    func explainDay(_ input: Operations.ExplainDay.Input) async throws -> Operations.ExplainDay.Output {
        .ok(.init(body: .json(try await dayDetail(input.path.code, try Self.day(input.path.date, "date")))))
    }

    /// The day recomputed and stored, with its explanation and history.
    private func dayDetail(_ code: String, _ date: LocalDate) async throws -> Components.Schemas.DayDetail {
        guard let record = try await database.explainDay(of: code, on: date, rules: rules) else {
            throw APIError.notFound("'\(code)' has no schedule and no punch on \(date): nothing to explain")
        }
        let history = try await database.changes(of: code, on: date)
        return .init(
            employeeCode: code, date: date.description, shift: record.shiftName, status: record.status.rawValue, minutesLate: record.minutesLate,
            minutesWorked: record.minutesWorked, requiredMinutes: record.requiredMinutes, overtimeMinutes: record.overtimeMinutes,
            approvedOvertimeMinutes: record.approvedOvertimeMinutes, flags: record.flags.rawValue, rulesVersion: record.explanation.rulesVersion,
            reasons: .init(es: record.explanation.lines(language: .es, date: date), en: record.explanation.lines(language: .en, date: date)),
            punches: .init(es: record.explanation.punchLines(language: .es, date: date),
                           en: record.explanation.punchLines(language: .en, date: date)),
            history: history.map { change(record: $0) })
    }

    func listReviewQueue(_ input: Operations.ListReviewQueue.Input) async throws -> Operations.ListReviewQueue.Output {
        let items = try await database.reviewQueue(site: input.query.site, minDistance: input.query.minDistance ?? ServerDatabase.defaultReviewDistance)
        return .ok(.init(body: .json(items.map { item in
            .init(punchID: item.punchID.uuidString, employeeCode: item.employeeCode, employeeName: item.employeeName, site: item.site,
                  kioskID: item.kioskID, instant: item.instant, localDate: item.localDate, kind: item.kind, method: item.method,
                  matchDistance: item.matchDistance, flags: item.flags, why: .init(es: item.whyEs, en: item.whyEn))
        })))
    }

    func reviewPunch(_ input: Operations.ReviewPunch.Input) async throws -> Operations.ReviewPunch.Output {
        guard case .json(let body) = input.body else { throw APIError.badRequest("send the decision as application/json") }
        guard let punchID = UUID(uuidString: input.path.id) else {
            throw APIError.badRequest("path parameter 'id': '\(input.path.id)' is not a UUID")
        }
        let review = try await database.review(punch: punchID, decision: body.decision.rawValue, reason: body.reason,
                                               reviewedBy: body.reviewedBy, rules: rules)
        return .created(.init(body: .json(.init(
            id: review.id.uuidString, punchID: review.punchID.uuidString, decision: .init(rawValue: review.decision) ?? .confirm,
            reason: review.reason, reviewedBy: review.reviewedBy, reviewedAt: review.reviewedAt, correctionID: review.correctionID?.uuidString))))
    }

    func listExports(_ input: Operations.ListExports.Input) async throws -> Operations.ListExports.Output {
        .ok(.init(body: .json(try await database.exports().map {
            .init(id: $0.id, kind: $0.kind, from: $0.from, to: $0.to, site: $0.site, exportedAt: $0.exportedAt)
        })))
    }

    func changesSinceExport(_ input: Operations.ChangesSinceExport.Input) async throws -> Operations.ChangesSinceExport.Output {
        .ok(.init(body: .json(try await database.changes(sinceExport: input.path.id).map { change(record: $0) })))
    }

    /// A change as the contract shows it, its causes in both languages.
    private func change(record: ServerDatabase.ChangeRecord) -> Components.Schemas.DayChangeRecord {
        let date = LocalDate(record.date) ?? LocalDate(year: 1970, month: 1, day: 1)
        return .init(
            id: record.id, employeeCode: record.employeeCode, date: record.date, changedAt: record.changedAt, cause: record.cause,
            figures: record.change.figures.map { .init(name: $0.name, before: $0.before, after: $0.after) },
            why: .init(es: record.change.causes.map { $0.text(language: .es, timeZone: rules.timeZone, date: date) },
                       en: record.change.causes.map { $0.text(language: .en, timeZone: rules.timeZone, date: date) }),
            previousStatus: record.previousStatus, status: record.status)
    }

    private static func day(_ text: String, _ name: String) throws -> LocalDate {
        guard let date = LocalDate(text) else { throw APIError.badRequest("'\(name)': '\(text)' is not a YYYY-MM-DD date") }
        return date
    }
}

extension Components.Schemas.SitePolicy {
    init(_ policy: SitePolicy) {
        self.init(closeOpenEntriesAtShiftEnd: policy.closeOpenEntriesAtShiftEnd, overtimeMinimumMinutes: policy.overtimeMinimumMinutes,
                  overtimeMaximumMinutesPerDay: policy.overtimeMaximumMinutesPerDay, latenessLates: policy.lateness?.lates,
                  latenessPenalty: policy.lateness.flatMap { .init(rawValue: $0.penalty.rawValue) })
    }
}

extension Components.Schemas.LeaveRecord {
    init(_ stored: ServerDatabase.StoredLeave) {
        let leave = stored.leave
        self.init(id: leave.id.uuidString, employeeCode: leave.employee.rawValue, kind: .init(rawValue: leave.kind.rawValue) ?? .vacation,
                  from: leave.from.description, to: leave.to.description, portion: .init(rawValue: leave.portion.rawValue) ?? .wholeDay,
                  note: leave.note, createdBy: stored.createdBy, createdAt: stored.createdAt, cancelledAt: stored.cancelledAt)
    }
}
