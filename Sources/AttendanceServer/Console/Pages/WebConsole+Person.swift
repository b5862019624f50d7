import Attendance
import Foundation
import Hummingbird

// MARK: - Person: history, punches, corrections, week

extension WebConsole {
    /// The person behind `code`, if the signed-in user may open their site.
    ///
    /// - Throws: 404 for an unknown code, 403 for a supervisor and another site's person.
    func person(_ code: String, for user: SignedIn) async throws -> AdminEmployee {
        guard let employee = try await database.employee(code: code) else { throw ConsoleError.notFound }
        guard user.account.mayOpen(site: employee.site) else { throw ConsoleError.forbiddenSite }
        return employee
    }

    func personPage(_ request: Request, code: String) async throws -> Response {
        let user = try await signedIn(request)
        let employee = try await person(code, for: user)
        let language = user.language
        let query = request.uri.queryParameters
        let today = rules.localDate(of: Date())
        var to = today
        if let text = query["to"].map(String.init), !text.isEmpty {
            guard let date = LocalDate(text) else { throw ConsoleError(.badRequest, .badDate, detail: text) }
            to = date
        }
        var from = to.adding(days: -13)
        if let text = query["from"].map(String.init), !text.isEmpty {
            guard let date = LocalDate(text) else { throw ConsoleError(.badRequest, .badDate, detail: text) }
            from = date
        }
        let days = try await database.report(.daily, from: from, to: to, site: employee.site, codes: [employee.code], rules: rules).rows
        let format = ConsoleFormat(rules: rules)
        let punches = try await database.punches(of: employee.code, from: from, to: to)
        let corrections = try await database.consoleCorrections(code: employee.code)
        let role = Role(rawValue: employee.role) ?? .colaborador
        let url = Self.url("/console/people/", employee.code)
        var data: [String: Any] = [
            "person": ["code": employee.code, "name": employee.name, "site": employee.site, "active": employee.active,
                       "roleLabel": ConsoleText.role(role, language)] as [String: Any],
            "url": url, "from": from.description, "to": to.description,
            "totalWorked": ConsoleFormat.hours(days.reduce(0) { $0 + $1.minutesWorked }),
            "totalRequired": ConsoleFormat.hours(days.reduce(0) { $0 + $1.requiredMinutes }),
            "totalLate": days.reduce(0) { $0 + $1.minutesLate },
            "lateDays": days.filter { $0.minutesLate > 0 }.count,
            "absentDays": days.filter { $0.status == DayStatus.absent.rawValue }.count,
            "days": days.map { row in
                ["date": row.date, "shift": row.shift ?? "", "status": row.status,
                 "statusLabel": DayStatus(rawValue: row.status)?.label(language: language) ?? row.status,
                 "firstIn": format.time(row.firstIn), "lastOut": format.time(row.lastOut),
                 "minutesLate": row.minutesLate > 0 ? String(row.minutesLate) : "", "worked": ConsoleFormat.hours(row.minutesWorked),
                 "remarks": DayFlags(rawValue: row.flags).labels(language: language).joined(separator: ", "),
                 // The rules' own explanation of the day (#19), in the reader's language.
                 "why": (language == .es ? row.reasonEs : row.reasonEn) ?? ""] as [String: Any]
            },
            "punches": punches.map { punch in
                ["date": punch.localDate, "time": format.time(punch.instant),
                 "kind": punch.kind == "IN" ? ConsoleText.text(.entry, language) : ConsoleText.text(.exit, language),
                 "door": punch.door, "method": punch.method,
                 "distance": punch.matchDistance.map { String(format: "%.3f", $0) } ?? ""] as [String: Any]
            },
            "corrections": corrections.map { correction in
                ["date": correction.localDate,
                 "action": correction.action == "void" ? "void" : (correction.kind == "OUT" ? ConsoleText.text(.exit, language)
                                                                    : ConsoleText.text(.entry, language)),
                 "time": format.time(correction.instant), "reason": correction.reason, "author": correction.madeBy,
                 "madeAt": format.dateTime(correction.madeAt)] as [String: Any]
            },
        ]
        // Everyone sees the week; only an administrator gets the editor.
        let schedules = try await database.schedules(of: employee.code)
        let shifts = try await database.shifts()
        data["week"] = ["editable": user.account.isAdministrator, "weekdays": (1...7).map { number in
            let chosen = schedules.filter { $0.weekday == number }.map(\.shiftName)
            return ["weekday": number, "label": ConsoleText.weekday(Weekday(rawValue: number) ?? .monday, language),
                    "chosen": chosen.isEmpty ? ConsoleText.text(.noShift, language) : chosen.joined(separator: ", "),
                    "options": shifts.map { ["value": $0.name, "label": "\($0.name) \($0.start)–\($0.end)", "selected": $0.name == chosen.first]
                        as [String: Any] }] as [String: Any]
        }] as [String: Any]
        return page(PersonTemplate.name, title: .person, data: data, user: user, notice: notice(of: request, language))
    }

    /// Adds a punch by correction (append-only; the author is the signed-in person).
    func addCorrection(_ request: Request, code: String) async throws -> Response {
        let user = try await signedIn(request)
        let form = try await checkedForm(request, user)
        let employee = try await person(code, for: user)
        guard let dateText = form["date"], let date = LocalDate(dateText) else {
            throw ConsoleError(.badRequest, .badDate, detail: form["date"] ?? "")
        }
        guard let timeText = form["time"], let time = LocalTime(timeText) else {
            throw ConsoleError(.badRequest, .badTime, detail: form["time"] ?? "")
        }
        guard let kind = form["kind"].flatMap(PunchKind.init(rawValue:)) else {
            throw ConsoleError(.badRequest, .badForm, detail: "kind '\(form["kind"] ?? "")'")
        }
        guard let reason = form["reason"] else { throw ConsoleError(.badRequest, .reasonMissing) }
        try await database.addConsoleCorrection(code: employee.code, site: employee.site, date: date, kind: kind,
                                                instant: rules.instant(on: date, at: time), reason: String(reason.prefix(500)),
                                                author: user.account.code, actor: user.actor)
        return ConsoleRenderer.redirect(to: Self.url("/console/people/", employee.code) + "?notice=correctionAdded")
    }

    /// Replaces the person's week of shifts (administrators); a day kept on the same shift keeps its tolerances.
    func saveWeek(_ request: Request, code: String) async throws -> Response {
        let user = try await administrator(request)
        let form = try await checkedForm(request, user)
        let employee = try await person(code, for: user)
        let existing = try await database.schedules(of: employee.code)
        let known = Set(try await database.shifts().map(\.name))
        var lines: [AdminSchedule] = []
        for weekday in 1...7 {
            guard let shift = form["day\(weekday)"] else { continue }
            guard known.contains(shift) else { throw ConsoleError(.badRequest, .unknownShift, detail: shift) }
            lines.append(existing.first { $0.weekday == weekday && $0.shiftName == shift } ?? AdminSchedule(weekday: weekday, shiftName: shift))
        }
        try await database.replaceSchedules(of: employee.code, with: lines)
        try await database.consoleAudit(actor: user.actor, action: "schedule.replace",
                                        detail: "\(employee.code): " + lines.map { "\($0.weekday)=\($0.shiftName)" }.joined(separator: " "))
        return ConsoleRenderer.redirect(to: Self.url("/console/people/", employee.code) + "?notice=weekSaved")
    }
}
