import Attendance
import Foundation
import Hummingbird

// MARK: - Shifts (administrators): every site's shifts, created, changed and deleted; each person's week is
// chosen on their Person page

extension WebConsole {
    func shiftsPage(_ request: Request) async throws -> Response {
        let user = try await administrator(request)
        return try await shiftsPage(user: user, notice: notice(of: request, user.language))
    }

    /// The shifts page, optionally with an error about the form just sent.
    private func shiftsPage(user: SignedIn, notice: String? = nil, error: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        var data: [String: Any] = [
            "shifts": try await database.shifts().map { shift in
                ["name": shift.name, "start": shift.start, "end": shift.end,
                 "crossesMidnight": (ShiftClock.minutes(shift.end) ?? 0) <= (ShiftClock.minutes(shift.start) ?? 0)] as [String: Any]
            },
        ]
        if let error { data["error"] = error }
        var response = page(ShiftsTemplate.name, title: .shifts, data: data, user: user, notice: notice)
        response.status = status
        return response
    }

    /// Creates a shift, or changes the times of the one with that name; audited.
    func saveShift(_ request: Request) async throws -> Response {
        let user = try await administrator(request)
        let form = try await checkedForm(request, user)
        let shift = try ShiftForm(form)
        try await database.save(shift: AdminShift(name: shift.name, start: shift.start, end: shift.end))
        try await database.consoleAudit(actor: user.actor, action: "shift.save", detail: "\(shift.name) \(shift.start)-\(shift.end)")
        return ConsoleRenderer.redirect(to: "/console/shifts?notice=shiftSaved")
    }

    /// Deletes a shift no one's week uses; one in use is refused with 409 and the page says why.
    func deleteShift(_ request: Request) async throws -> Response {
        let user = try await administrator(request)
        let form = try await checkedForm(request, user)
        guard let name = form["name"] else { throw ConsoleError(.badRequest, .badForm, detail: "name") }
        do {
            try await database.deleteShift(named: name)
        } catch let error as APIError where error.status == .conflict {
            return try await shiftsPage(user: user, error: ConsoleText.text(.shiftInUse, user.language) + " (\(name))", status: .conflict)
        } catch let error as APIError where error.status == .notFound {
            throw ConsoleError(.notFound, .unknownShift, detail: name)
        }
        try await database.consoleAudit(actor: user.actor, action: "shift.delete", detail: name)
        return ConsoleRenderer.redirect(to: "/console/shifts?notice=shiftDeleted")
    }
}
