import Attendance
import Foundation
import Hummingbird
import Vocabulary

// MARK: - Leave: per person (from the Person page) and a site's list; granted and cancelled by the site's
// supervisor or an administrator, audited under their code

extension WebConsole {
    /// The site's leave that is not cancelled and ends on or after `from` (default today), with a grant form.
    func leaveListPage(_ request: Request) async throws -> Response {
        let user = try await signedIn(request)
        let site = try site(of: request, for: user)
        try await requireOpenableSite(site, for: user)
        let language = user.language
        let today = rules.localDate(of: Date())
        var from = today
        if let text = request.uri.queryParameters["from"].map(String.init), !text.isEmpty {
            guard let date = LocalDate(text) else { throw ConsoleError(.badRequest, .badDate, detail: text) }
            from = date
        }
        let records = try await database.siteLeave(site: site, endingFrom: from)
        let people = try await database.employees(site: site).filter(\.active)
        let format = ConsoleFormat(rules: rules)
        var data: [String: Any] = [
            "site": site, "from": from.description, "today": today.description,
            "records": records.map { record in
                var row = leaveRow(record.stored, format: format, language: language)
                row["name"] = record.employeeName
                row["personURL"] = Self.url("/console/people/", record.stored.leave.employee.rawValue) + "/leave"
                return row
            },
            "hasRecords": !records.isEmpty,
            "people": people.map { ["code": $0.code, "name": $0.name] }, "choosePerson": !people.isEmpty,
            "kinds": leaveKinds(language), "portions": leavePortions(language),
        ]
        if user.account.isAdministrator {
            data["siteChoice"] = true
            data["sites"] = try await database.sites().map { ["id": $0.id, "name": $0.name, "selected": $0.id == site] as [String: Any] }
        }
        return page(LeaveListTemplate.name, title: .leave, data: data, user: user, notice: notice(of: request, language))
    }

    /// One person's leave, newest first, cancelled included, with the grant form and a cancel button for each in force.
    func personLeavePage(_ request: Request, code: String) async throws -> Response {
        let user = try await signedIn(request)
        let employee = try await person(code, for: user)
        let language = user.language
        let format = ConsoleFormat(rules: rules)
        let records = try await database.leave(of: employee.code)
        let data: [String: Any] = [
            "person": ["code": employee.code, "name": employee.name, "site": employee.site] as [String: Any],
            "personURL": Self.url("/console/people/", employee.code), "today": rules.localDate(of: Date()).description,
            "records": records.map { leaveRow($0, format: format, language: language) },
            "hasRecords": !records.isEmpty,
            "kinds": leaveKinds(language), "portions": leavePortions(language),
        ]
        return page(LeaveTemplate.name, title: .leave, data: data, user: user, notice: notice(of: request, language))
    }

    /// Grants leave to a person of a site the signed-in person may open; they are its `created_by`.
    func grantLeave(_ request: Request) async throws -> Response {
        let user = try await signedIn(request)
        let form = try await checkedForm(request, user)
        guard let code = form["code"] else { throw ConsoleError(.badRequest, .badForm, detail: "code") }
        let employee = try await person(code, for: user)
        let grant = try LeaveForm(form)
        _ = try await database.grant(grant.leave, by: user.account.code, rules: rules, actor: user.actor)
        return ConsoleRenderer.redirect(to: Self.url("/console/people/", employee.code) + "/leave?notice=leaveGranted")
    }

    /// Cancels one of a person's leave records (kept, marked cancelled).
    func cancelLeave(_ request: Request, id text: String) async throws -> Response {
        let user = try await signedIn(request)
        let form = try await checkedForm(request, user)
        guard let code = form["code"] else { throw ConsoleError(.badRequest, .badForm, detail: "code") }
        let employee = try await person(code, for: user)
        guard let id = UUID(uuidString: text), let record = try await database.leave(of: employee.code).first(where: { $0.leave.id == id }) else {
            throw ConsoleError(.notFound, .leaveNotFound, detail: text)
        }
        guard record.cancelledAt == nil else { throw ConsoleError(.conflict, .alreadyCancelled) }
        do {
            try await database.cancelLeave(id: id, rules: rules, actor: user.actor)
        } catch let error as APIError where error.status == .notFound {
            // Cancelled by someone else between the read and the update.
            throw ConsoleError(.conflict, .alreadyCancelled)
        }
        return ConsoleRenderer.redirect(to: Self.url("/console/people/", employee.code) + "/leave?notice=leaveCancelled")
    }

    /// A leave record as a table row.
    private func leaveRow(_ stored: ServerDatabase.StoredLeave, format: ConsoleFormat, language: Language) -> [String: Any] {
        let leave = stored.leave
        var row: [String: Any] = [
            "id": leave.id.uuidString, "code": leave.employee.rawValue, "kind": leave.kind.rawValue,
            "kindLabel": leave.kind.label(language: language), "from": leave.from.description, "to": leave.to.description,
            "portionLabel": Self.portionLabel(leave.portion, language), "note": leave.note, "grantedBy": stored.createdBy,
            "grantedAt": format.dateTime(stored.createdAt),
        ]
        if let cancelled = stored.cancelledAt { row["cancelledAt"] = format.dateTime(cancelled) }
        return row
    }

    private func leaveKinds(_ language: Language) -> [[String: String]] {
        LeaveKind.allCases.map { ["value": $0.rawValue, "label": $0.label(language: language)] }
    }

    private func leavePortions(_ language: Language) -> [[String: String]] {
        LeavePortion.allCases.map { ["value": $0.rawValue, "label": Self.portionLabel($0, language)] }
    }

    static func portionLabel(_ portion: LeavePortion, _ language: Language) -> String {
        switch portion {
        case .wholeDay: ConsoleText.text(.portionWholeDay, language)
        case .firstHalf: ConsoleText.text(.portionFirstHalf, language)
        case .secondHalf: ConsoleText.text(.portionSecondHalf, language)
        }
    }
}
