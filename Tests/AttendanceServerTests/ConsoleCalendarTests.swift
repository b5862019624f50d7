@testable import AttendanceServer
import Attendance
import Foundation
import HTTPTypes
import TestEnvironment
import Testing

/// The console's Holidays, Leave, Shifts and badge pages: their forms read and checked (no database), and each
/// page against the throw-away PostgreSQL — the change stored, audited under the console's actor, shown in the
/// days' statuses, and refused without the CSRF token or at another site.
@Suite("Web console: holidays, leave, shifts, badges", .timeLimit(.minutes(20)))
struct ConsoleCalendarTests {
    static let password = ConsoleTests.password

    static func form(_ fields: [String: String]) -> ConsoleForm {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return ConsoleForm(encoded: fields.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }
            .joined(separator: "&"))
    }

    /// The key of the ``ConsoleError`` `body` throws, nil when it throws none.
    static func refusal(_ body: () throws -> Void) -> ConsoleText.Key? {
        do {
            try body()
            return nil
        } catch let error as ConsoleError {
            return error.key
        } catch {
            return nil
        }
    }

    @Test("the leave form: the last day defaults to the first; a bad kind, portion or date, a last day before the first, more than 366 days and a long note are refused before anything is stored")
    func leaveForm() throws {
        let base = ["code": "P1", "kind": "permiso", "portion": "firstHalf", "from": "2026-12-07", "note": " cita médica "]
        let one = try LeaveForm(Self.form(base))
        #expect(one.code == "P1" && one.leave.employee.rawValue == "P1")
        #expect(one.leave.kind == .permiso && one.leave.portion == .firstHalf)
        #expect(one.leave.from.description == "2026-12-07" && one.leave.to.description == "2026-12-07")
        #expect(one.leave.note == "cita médica")
        let range = try LeaveForm(Self.form(["code": "P1", "kind": "vacation", "from": "2026-12-21", "to": "2027-01-06"]))
        #expect(range.leave.portion == .wholeDay && range.leave.to.description == "2027-01-06")

        var wrong = base
        wrong["kind"] = "holiday"
        #expect(Self.refusal { _ = try LeaveForm(Self.form(wrong)) } == .badForm)
        wrong = base
        wrong["portion"] = "quarter"
        #expect(Self.refusal { _ = try LeaveForm(Self.form(wrong)) } == .badForm)
        wrong = base
        wrong["from"] = "2026-02-30"
        #expect(Self.refusal { _ = try LeaveForm(Self.form(wrong)) } == .badDate)
        wrong = base
        wrong["to"] = "2026-12-06"
        #expect(Self.refusal { _ = try LeaveForm(Self.form(wrong)) } == .leaveEndsBeforeStart)
        wrong = base
        wrong["to"] = "2027-12-09"
        #expect(Self.refusal { _ = try LeaveForm(Self.form(wrong)) } == .leaveTooLong)
        wrong = base
        wrong["to"] = "2027-12-08"
        #expect(Self.refusal { _ = try LeaveForm(Self.form(wrong)) } == nil, "366 days after the first is still one grant")
        wrong = base
        wrong["note"] = String(repeating: "x", count: 501)
        #expect(Self.refusal { _ = try LeaveForm(Self.form(wrong)) } == .noteTooLong)
        wrong = base
        wrong["code"] = nil
        #expect(Self.refusal { _ = try LeaveForm(Self.form(wrong)) } == .badForm)
    }

    @Test("the holiday form needs a site, a date and (to add) a name of at most 100 characters")
    func holidayForm() throws {
        let added = try HolidayForm(Self.form(["site": "principal", "date": "2026-12-08", "name": "Inmaculada"]), needsName: true)
        #expect(added.site == "principal" && added.date.description == "2026-12-08" && added.name == "Inmaculada")
        let removed = try HolidayForm(Self.form(["site": "principal", "date": "2026-12-08"]), needsName: false)
        #expect(removed.name.isEmpty)
        #expect(Self.refusal { _ = try HolidayForm(Self.form(["site": "principal", "date": "2026-12-08"]), needsName: true) } == .holidayNameMissing)
        #expect(Self.refusal {
            _ = try HolidayForm(Self.form(["site": "principal", "date": "2026-12-08", "name": String(repeating: "a", count: 101)]), needsName: true)
        } == .holidayNameTooLong)
        #expect(Self.refusal { _ = try HolidayForm(Self.form(["site": "principal", "date": "8/12/2026", "name": "x"]), needsName: true) } == .badDate)
        #expect(Self.refusal { _ = try HolidayForm(Self.form(["date": "2026-12-08", "name": "x"]), needsName: true) } == .badForm)
    }

    @Test("the shift form takes HH:MM (and a browser's HH:MM:00), refuses a bad name, a bad time and a start equal to the end")
    func shiftForm() throws {
        let shift = try ShiftForm(Self.form(["name": "Partido", "start": "09:00", "end": "18:00"]))
        #expect(shift.name == "Partido" && shift.start == "09:00" && shift.end == "18:00")
        #expect(try ShiftForm(Self.form(["name": "Noche larga", "start": "21:30:00", "end": "07:15"])).start == "21:30")
        #expect(Self.refusal { _ = try ShiftForm(Self.form(["name": "a/b", "start": "09:00", "end": "18:00"])) } == .badShiftName)
        #expect(Self.refusal { _ = try ShiftForm(Self.form(["name": "", "start": "09:00", "end": "18:00"])) } == .badShiftName)
        #expect(Self.refusal { _ = try ShiftForm(Self.form(["name": "X", "start": "9:00", "end": "18:00"])) } == .badTime)
        #expect(Self.refusal { _ = try ShiftForm(Self.form(["name": "X", "start": "09:00", "end": "24:00"])) } == .badTime)
        #expect(Self.refusal { _ = try ShiftForm(Self.form(["name": "X", "start": "09:00", "end": "09:00"])) } == .shiftStartsAtEnd)
    }

    @Test("the badge field: absent keeps the stored badge, empty takes it away, 4 to 32 letters and digits set it, anything else is refused")
    func badgeField() throws {
        #expect(try BadgeField.choice(Self.form(["name": "Eva"])) == .keep)
        #expect(try BadgeField.choice(Self.form(["badge": "  "])) == .set(nil))
        #expect(try BadgeField.choice(Self.form(["badge": " 0012345678 "])) == .set("0012345678"))
        for bad in ["123", "12 34 56", "ÑANDU123", "0012-3456", String(repeating: "9", count: 33)] {
            #expect(Self.refusal { _ = try BadgeField.choice(Self.form(["badge": bad])) } == .badBadge, "\(bad)")
        }
    }

    @Test("a supervisor adds and removes a holiday of their own site (audited under their code); the day turns festivo on the Person page; another site and a form without its token are refused",
          .needs(.postgres, missing: TestDatabase.missing))
    func holidays() async throws {
        try await withTestServer { api, server in
            try await server.database.save(site: AdminSite(id: "norte", name: "Norte"))
            try await ConsoleTests.account(server, "S1", role: "SUPERVISOR")
            try await server.database.save(employee: AdminEmployee(code: "P1", name: "Pedro", site: "principal"))
            try await server.database.replaceSchedules(of: "P1", with: (1...7).map { AdminSchedule(weekday: $0, shiftName: "Mañana") })
            let browser = ConsoleClient(api.client)
            try await browser.signIn("S1", Self.password)
            let page = try await browser.get("/console/holidays?year=2026")
            #expect(page.status == .ok)
            #expect(page.body.contains("href=\"/console/holidays\""), "the menu links the page")
            #expect(page.body.contains("id=\"no-holidays\""))
            let csrf = page.csrf ?? ""
            let unknown = try await browser.get("/console/holidays?site=sur")
            #expect(unknown.status == .forbidden, "a supervisor names only their own site")

            let forged = try await browser.post("/console/holidays", [("site", "principal"), ("date", "2026-11-25"), ("name", "Fiesta")])
            #expect(forged.status == .forbidden)
            let elsewhere = try await browser.post("/console/holidays", [("csrf", csrf), ("site", "norte"), ("date", "2026-11-25"), ("name", "Fiesta")])
            #expect(elsewhere.status == .forbidden)
            #expect(try await server.database.holidays(site: "norte").isEmpty)
            #expect(try await server.database.holidays(site: "principal").isEmpty)
            let nameless = try await browser.post("/console/holidays", [("csrf", csrf), ("site", "principal"), ("date", "2026-11-25")])
            #expect(nameless.status == .badRequest && nameless.body.contains("Escriba el nombre del festivo."))

            let added = try await browser.post("/console/holidays", [("csrf", csrf), ("site", "principal"), ("date", "2026-11-25"),
                                                                     ("name", "Fiesta <local>")])
            #expect(added.status == .seeOther)
            #expect(added.headers[.location] == "/console/holidays?site=principal&year=2026&notice=holidayAdded")
            #expect(try await server.database.holidays(site: "principal").map(\.name) == ["Fiesta <local>"])
            #expect(try await server.database.auditLog().contains { $0.actor == "console:S1" && $0.action == "holiday.save" })
            let listed = try await browser.get("/console/holidays?site=principal&year=2026&notice=holidayAdded")
            #expect(listed.body.contains("id=\"holiday-2026-11-25\"") && listed.body.contains("Fiesta &lt;local&gt;"))
            #expect(listed.body.contains("Festivo guardado"))

            let person = try await browser.get("/console/people/P1?from=2026-11-24&to=2026-11-25")
            #expect(person.body.contains("<td class=\"status-holiday\">festivo</td>"))
            #expect(person.body.contains("<td class=\"status-absent\">ausente</td>"), "the day before is still absent")

            let removed = try await browser.post("/console/holidays/delete", [("csrf", csrf), ("site", "principal"), ("date", "2026-11-25")])
            #expect(removed.status == .seeOther)
            #expect(try await server.database.holidays(site: "principal").isEmpty)
            #expect(try await server.database.auditLog().contains { $0.actor == "console:S1" && $0.action == "holiday.delete" })
            let again = try await browser.post("/console/holidays/delete", [("csrf", csrf), ("site", "principal"), ("date", "2026-11-25")])
            #expect(again.status == .notFound && again.body.contains("Ese día no es festivo en ese centro."))
        }
    }

    @Test("leave granted from the console shows who granted it and turns the day justificado (permiso for a permiso); cancelling keeps it, marked, and the day is absent again; another site's supervisor is refused",
          .needs(.postgres, missing: TestDatabase.missing))
    func leave() async throws {
        try await withTestServer { api, server in
            try await server.database.save(site: AdminSite(id: "norte", name: "Norte"))
            try await ConsoleTests.account(server, "S1", role: "SUPERVISOR")
            try await ConsoleTests.account(server, "S2", role: "SUPERVISOR", site: "norte")
            try await server.database.save(employee: AdminEmployee(code: "P1", name: "Pedro", site: "principal"))
            try await server.database.replaceSchedules(of: "P1", with: (1...7).map { AdminSchedule(weekday: $0, shiftName: "Mañana") })
            let supervisor = ConsoleClient(api.client)
            try await supervisor.signIn("S1", Self.password)
            let person = try await supervisor.get("/console/people/P1")
            #expect(person.body.contains("href=\"/console/people/P1/leave\""), "the Person page links the person's leave")
            let page = try await supervisor.get("/console/people/P1/leave")
            #expect(page.status == .ok && page.body.contains("id=\"no-leave\""))
            let csrf = page.csrf ?? ""
            let fields = [("code", "P1"), ("kind", "vacation"), ("portion", "wholeDay"), ("from", "2026-11-23"), ("to", "2026-11-24"),
                          ("note", "puente")]

            #expect(try await supervisor.post("/console/leave", fields).status == .forbidden, "no CSRF token")
            let backwards = try await supervisor.post("/console/leave", [("csrf", csrf), ("code", "P1"), ("kind", "sick"), ("from", "2026-11-24"),
                                                                        ("to", "2026-11-23")])
            #expect(backwards.status == .badRequest && backwards.body.contains("El último día es anterior al primero."))
            let stranger = ConsoleClient(api.client)
            try await stranger.signIn("S2", Self.password)
            let strangerPage = try await stranger.get("/console/leave")
            #expect(try await stranger.post("/console/leave", [("csrf", strangerPage.csrf ?? "")] + fields).status == .forbidden)
            #expect(try await server.database.leave(of: "P1").isEmpty)

            let granted = try await supervisor.post("/console/leave", [("csrf", csrf)] + fields)
            #expect(granted.status == .seeOther)
            #expect(granted.headers[.location] == "/console/people/P1/leave?notice=leaveGranted")
            let stored = try #require(try await server.database.leave(of: "P1").first)
            #expect(stored.createdBy == "S1" && stored.leave.kind == .vacation && stored.leave.note == "puente")
            #expect(try await server.database.auditLog().contains { $0.actor == "console:S1" && $0.action == "leave.grant" })
            let listed = try await supervisor.get("/console/people/P1/leave")
            #expect(listed.body.contains("id=\"leave-\(stored.leave.id.uuidString)\"") && listed.body.contains("<td>S1</td>"))
            #expect(listed.body.contains("vacaciones") && listed.body.contains("vigente"))
            let list = try await supervisor.get("/console/leave?from=2026-11-01")
            #expect(list.body.contains("id=\"leave-\(stored.leave.id.uuidString)\"") && list.body.contains("href=\"/console/people/P1/leave\""))
            let days = try await supervisor.get("/console/people/P1?from=2026-11-23&to=2026-11-25")
            #expect(days.body.components(separatedBy: "<td class=\"status-justified\">justificado</td>").count == 3, "both days of leave")
            #expect(days.body.contains("<td class=\"status-absent\">ausente</td>"), "the day after the leave")

            let strangerCancel = try await stranger.post("/console/leave/\(stored.leave.id)/cancel", [("csrf", strangerPage.csrf ?? ""), ("code", "P1")])
            #expect(strangerCancel.status == .forbidden)
            let cancelled = try await supervisor.post("/console/leave/\(stored.leave.id)/cancel", [("csrf", csrf), ("code", "P1")])
            #expect(cancelled.status == .seeOther)
            #expect(try await server.database.leave(of: "P1").first?.cancelledAt != nil)
            #expect(try await server.database.auditLog().contains { $0.actor == "console:S1" && $0.action == "leave.cancel" })
            let twice = try await supervisor.post("/console/leave/\(stored.leave.id)/cancel", [("csrf", csrf), ("code", "P1")])
            #expect(twice.status == .conflict)
            let after = try await supervisor.get("/console/people/P1?from=2026-11-23&to=2026-11-24")
            #expect(!after.body.contains("<td class=\"status-justified\">"), "cancelled leave no longer counts")
            #expect(after.body.contains("<td class=\"status-absent\">ausente</td>"), "absent again")
            #expect(try await supervisor.get("/console/people/P1/leave").body.contains("anulado el"))

            let permiso = try await supervisor.post("/console/leave", [("csrf", csrf), ("code", "P1"), ("kind", "permiso"), ("from", "2026-11-26")])
            #expect(permiso.status == .seeOther)
            let permisoDay = try await supervisor.get("/console/people/P1?from=2026-11-26&to=2026-11-26")
            #expect(permisoDay.body.contains("<td class=\"status-permission\">permiso</td>"), "a whole day of permiso")
        }
    }

    @Test("an administrator creates a shift, puts it in a person's week and cannot delete it while it is used; a supervisor sees the week read-only and no Shifts page",
          .needs(.postgres, missing: TestDatabase.missing))
    func shiftsAndWeek() async throws {
        try await withTestServer { api, server in
            try await ConsoleTests.account(server, "A1", role: "ADMINISTRADOR")
            try await ConsoleTests.account(server, "S1", role: "SUPERVISOR")
            try await server.database.save(employee: AdminEmployee(code: "P1", name: "Pedro", site: "principal"))
            let admin = ConsoleClient(api.client)
            try await admin.signIn("A1", Self.password)
            let page = try await admin.get("/console/shifts")
            #expect(page.status == .ok && page.body.contains("Mañana") && page.body.contains("cruza la medianoche"))
            let csrf = page.csrf ?? ""
            let created = try await admin.post("/console/shifts", [("csrf", csrf), ("name", "Partido"), ("start", "09:00"), ("end", "18:00")])
            #expect(created.status == .seeOther)
            #expect(try await server.database.shifts().contains(AdminShift(name: "Partido", start: "09:00", end: "18:00")))
            let changed = try await admin.post("/console/shifts", [("csrf", csrf), ("name", "Partido"), ("start", "08:30"), ("end", "17:30")])
            #expect(changed.status == .seeOther)
            #expect(try await server.database.shifts().contains(AdminShift(name: "Partido", start: "08:30", end: "17:30")))
            #expect(try await server.database.auditLog().contains { $0.actor == "console:A1" && $0.action == "shift.save" })
            let same = try await admin.post("/console/shifts", [("csrf", csrf), ("name", "Raro"), ("start", "09:00"), ("end", "09:00")])
            #expect(same.status == .badRequest)

            let week = try await admin.post("/console/people/P1/week", [("csrf", csrf), ("day1", "Partido"), ("day2", "Partido"), ("day3", "")])
            #expect(week.status == .seeOther)
            #expect(try await server.database.schedules(of: "P1").map { "\($0.weekday)=\($0.shiftName)" } == ["1=Partido", "2=Partido"])
            let person = try await admin.get("/console/people/P1")
            #expect(person.body.contains("<option value=\"Partido\" selected>Partido 08:30–17:30</option>"))

            let used = try await admin.post("/console/shifts/delete", [("csrf", csrf), ("name", "Partido")])
            #expect(used.status == .conflict && used.body.contains("Ese turno está en la semana de alguna persona"))
            #expect(try await server.database.shifts().contains { $0.name == "Partido" })
            _ = try await admin.post("/console/people/P1/week", [("csrf", csrf)])
            let deleted = try await admin.post("/console/shifts/delete", [("csrf", csrf), ("name", "Partido")])
            #expect(deleted.status == .seeOther)
            let left = try await server.database.shifts().map(\.name)
            #expect(!left.contains("Partido"))

            let supervisor = ConsoleClient(api.client)
            try await supervisor.signIn("S1", Self.password)
            #expect(try await supervisor.get("/console/shifts").status == .forbidden)
            let nowhere = try await admin.get("/console/holidays?site=sur")
            #expect(nowhere.status == .notFound && nowhere.body.contains("Ese centro no existe."))
            let readOnly = try await supervisor.get("/console/people/P1")
            #expect(readOnly.body.contains("Solo un administrador cambia la semana.") && !readOnly.body.contains("action=\"/console/people/P1/week\""))
        }
    }

    @Test("an administrator sets a badge; the same badge for another person is refused with a clear Spanish message naming the holder, not a 500; a malformed one too; an empty field takes it away",
          .needs(.postgres, missing: TestDatabase.missing))
    func badges() async throws {
        try await withTestServer { api, server in
            try await ConsoleTests.account(server, "A1", role: "ADMINISTRADOR")
            try await server.database.save(employee: AdminEmployee(code: "E1", name: "Eva", site: "principal"))
            try await server.database.save(employee: AdminEmployee(code: "E2", name: "Eloy", site: "principal"))
            let admin = ConsoleClient(api.client)
            try await admin.signIn("A1", Self.password)
            let form = try await admin.get("/console/employees/E1")
            #expect(form.body.contains("name=\"badge\""))
            let csrf = form.csrf ?? ""
            func update(_ code: String, badge: String) async throws -> ConsoleClient.Page {
                try await admin.post("/console/employees/\(code)", [("csrf", csrf), ("name", code == "E1" ? "Eva" : "Eloy"), ("role", "COLABORADOR"),
                                                                    ("site", "principal"), ("active", "true"), ("badge", badge)])
            }
            #expect(try await update("E1", badge: "0012345678").status == .seeOther)
            #expect(try await server.database.employee(code: "E1")?.badge == "0012345678")
            #expect(try await server.database.auditLog().contains {
                $0.actor == "console:A1" && $0.action == "employee.update" && $0.detail.hasSuffix("badge set") && !$0.detail.contains("0012345678")
            })

            let taken = try await update("E2", badge: "0012345678")
            #expect(taken.status == .conflict)
            #expect(taken.body.contains("Esa tarjeta ya la lleva otra persona; quítesela antes en su ficha (E1)"))
            #expect(try await server.database.employee(code: "E2")?.badge == nil)
            let malformed = try await update("E2", badge: "12-34")
            #expect(malformed.status == .badRequest && malformed.body.contains("Una tarjeta tiene de 4 a 32 letras y cifras"))

            let created = try await admin.post("/console/employees", [("csrf", csrf), ("code", "E3"), ("name", "Elsa"), ("role", "COLABORADOR"),
                                                                      ("site", "principal"), ("badge", "0012345678")])
            #expect(created.status == .conflict && created.body.contains("(E1)"))
            #expect(try await server.database.employee(code: "E3") == nil)

            #expect(try await update("E1", badge: "").status == .seeOther)
            #expect(try await server.database.employee(code: "E1")?.badge == nil)
            #expect(try await update("E2", badge: "0012345678").status == .seeOther, "free again")
        }
    }
}
