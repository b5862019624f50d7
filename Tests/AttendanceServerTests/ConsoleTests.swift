@testable import AttendanceServer
import Attendance
import Foundation
import HTTPTypes
import SyncProtocol
import TestEnvironment
import Testing
import Vocabulary

@Suite("Web console", .timeLimit(.minutes(20)))
struct ConsoleTests {
    static let password = "correct horse battery"

    /// Adds a person with a console password (administrators through the CLI's own code path).
    static func account(_ server: AttendanceServerApp, _ code: String, role: String, site: String = "principal") async throws {
        try await server.database.save(employee: AdminEmployee(code: code, name: "Persona \(code)", role: role, site: site))
        _ = try await AccountsCommand.perform(["set-password", code], on: server.database, site: site) { password }
    }

    @Test("signing in sets a HttpOnly, SameSite=Strict session cookie; signing out ends the session",
          .needs(.postgres, missing: TestDatabase.missing))
    func signInAndOut() async throws {
        try await withTestServer { api, server in
            let browser = ConsoleClient(api.client)
            let before = try await browser.get("/console/today")
            #expect(before.status == .seeOther)
            #expect(before.headers[.location] == "/console/login")

            _ = try await AccountsCommand.perform(["add-administrator", "A1", "Ana Admin"], on: server.database, site: "principal") {
                Self.password
            }
            let answer = try await browser.signIn("A1", Self.password)
            #expect(answer.status == .seeOther)
            #expect(answer.headers[.location] == "/console/today")
            let session = try #require(browser.lastSetCookies.first { $0.hasPrefix("console_session=") })
            #expect(session.contains("HttpOnly"))
            #expect(session.contains("SameSite=Strict"))
            #expect(!session.contains("Secure"), "the test server listens on loopback")

            let today = try await browser.get("/console/today")
            #expect(today.status == .ok)
            #expect(today.body.contains("Ana Admin"))
            #expect(today.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)

            let out = try await browser.post("/console/logout", [("csrf", today.csrf ?? "")])
            #expect(out.status == .seeOther)
            let after = try await browser.get("/console/today")
            #expect(after.headers[.location] == "/console/login")

            let audit = try await server.database.auditLog().map(\.action)
            #expect(audit.contains("console.login"))
            #expect(audit.contains("console.logout"))
        }
    }

    @Test("a form without its CSRF token, or with another's, is refused and changes nothing",
          .needs(.postgres, missing: TestDatabase.missing))
    func csrf() async throws {
        try await withTestServer { api, server in
            try await Self.account(server, "A1", role: "ADMINISTRADOR")
            let browser = ConsoleClient(api.client)
            try await browser.signIn("A1", Self.password)
            let fields = [("code", "E9"), ("name", "Eva"), ("role", "COLABORADOR"), ("site", "principal")]
            let missing = try await browser.post("/console/employees", fields)
            #expect(missing.status == .forbidden)
            let wrong = try await browser.post("/console/employees", [("csrf", CSRFToken.make())] + fields)
            #expect(wrong.status == .forbidden)
            #expect(try await server.database.employee(code: "E9") == nil)

            let login = ConsoleClient(api.client)
            _ = try await login.get("/console/login")
            let forged = try await login.post("/console/login", [("code", "A1"), ("password", Self.password)])
            #expect(forged.status == .forbidden)
            #expect(!login.cookies.keys.contains("console_session"))
        }
    }

    @Test("five wrong passwords lock the account, even for the right one; a new password unlocks it",
          .needs(.postgres, missing: TestDatabase.missing))
    func lockout() async throws {
        try await withTestServer { api, server in
            try await Self.account(server, "S1", role: "SUPERVISOR")
            let browser = ConsoleClient(api.client)
            for attempt in 1...5 {
                let answer = try await browser.signIn("S1", "wrong password \(attempt)")
                #expect(answer.status == (attempt < 5 ? .unauthorized : .forbidden), "attempt \(attempt)")
            }
            let locked = try await browser.signIn("S1", Self.password)
            #expect(locked.status == .forbidden)
            #expect(locked.body.contains("bloqueada"))
            #expect(!browser.cookies.keys.contains("console_session"))
            #expect(try await server.database.auditLog().contains { $0.action == "console.lock" && $0.detail.hasPrefix("S1:") })

            _ = try await AccountsCommand.perform(["set-password", "S1"], on: server.database, site: "principal") { Self.password }
            let unlocked = try await browser.signIn("S1", Self.password)
            #expect(unlocked.status == .seeOther)
        }
    }

    @Test("a supervisor opens only their own site's pages, and no administrator's page",
          .needs(.postgres, missing: TestDatabase.missing))
    func siteScoping() async throws {
        try await withTestServer { api, server in
            try await server.database.save(site: AdminSite(id: "norte", name: "Norte"))
            try await Self.account(server, "S1", role: "SUPERVISOR")
            try await server.database.save(employee: AdminEmployee(code: "P1", name: "Pedro", site: "principal"))
            try await server.database.save(employee: AdminEmployee(code: "N1", name: "Nuria", site: "norte"))
            let browser = ConsoleClient(api.client)
            try await browser.signIn("S1", Self.password)
            #expect(try await browser.get("/console/today").status == .ok)
            #expect(try await browser.get("/console/people/P1").status == .ok)
            for path in ["/console/today?site=norte", "/console/people/N1", "/console/reports?site=norte",
                         "/console/reports.csv?site=norte", "/console/employees", "/console/kiosks"] {
                #expect(try await browser.get(path).status == .forbidden, "\(path)")
            }
            let page = try await browser.get("/console/people/P1")
            let add = try await browser.post("/console/people/N1/corrections",
                                              [("csrf", page.csrf ?? ""), ("date", "2026-11-30"), ("time", "08:00"), ("kind", "IN"),
                                               ("reason", "olvidó fichar")])
            #expect(add.status == .forbidden)
            #expect(try await server.database.consoleCorrections(code: "N1").isEmpty)
        }
    }

    @Test("an administrator creates an employee (audited) and downloads the day's CSV with punches from two doors",
          .needs(.postgres, missing: TestDatabase.missing))
    func employeesAndCSV() async throws {
        try await withTestServer { api, server in
            try await Self.account(server, "A1", role: "ADMINISTRADOR")
            let browser = ConsoleClient(api.client)
            try await browser.signIn("A1", Self.password)
            let form = try await browser.get("/console/employees/new")
            let created = try await browser.post("/console/employees", [("csrf", form.csrf ?? ""), ("code", "E1"), ("name", "=Eva, \"la nueva\""),
                                                                        ("role", "COLABORADOR"), ("site", "principal")])
            #expect(created.status == .seeOther)
            #expect(try await server.database.employee(code: "E1")?.name == "=Eva, \"la nueva\"")
            #expect(try await server.database.auditLog().contains { $0.actor == "console:A1" && $0.action == "employee.create" })

            let north = try await api.registerKiosk("Puerta norte")
            let south = try await api.registerKiosk("Puerta sur")
            // Two minutes apart, just before now: the same local day but for the first two minutes after midnight.
            let (inAt, outAt) = (Date().addingTimeInterval(-120), Date().addingTimeInterval(-60))
            let entry = WirePunch(id: UUID(), kioskID: north.kioskID, sequence: 1, employeeCode: "E1", instant: inAt,
                                  localDate: server.rules.localDate(of: inAt).description, kind: "IN", method: "face", matchDistance: 0.3,
                                  shiftName: nil, flags: 0)
            let exit = WirePunch(id: UUID(), kioskID: south.kioskID, sequence: 1, employeeCode: "E1", instant: outAt,
                                 localDate: server.rules.localDate(of: outAt).description, kind: "OUT", method: "pin", matchDistance: nil,
                                 shiftName: nil, flags: 0)
            #expect(try await api.push([entry], token: north.token).map(\.outcome) == [.accepted])
            #expect(try await api.push([exit], token: south.token).map(\.outcome) == [.accepted])

            let todayPage = try await browser.get("/console/today")
            #expect(todayPage.body.contains("Puerta sur"), "Today shows the last punch's door")
            let person = try await browser.get("/console/people/E1")
            #expect(person.body.contains("Puerta norte") && person.body.contains("Puerta sur"))
            // Each day says why, from the rules (#19): the column is there and no day's cell is empty.
            #expect(person.body.contains("<th>Por qué</th>") && person.body.contains("<td class=\"why\">"))
            #expect(!person.body.contains("<td class=\"why\"></td>"), "a day without its explanation")

            let csv = try await browser.get("/console/reports.csv?period=day&site=principal")
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType]?.hasPrefix("text/csv") == true)
            let lines = csv.body.components(separatedBy: "\r\n")
            #expect(lines.first?.hasPrefix("date,employee_code,employee_name") == true)
            #expect(lines.contains { $0.contains("E1,\"'=Eva, \"\"la nueva\"\"\"") }, "formula-safe and RFC 4180 quoted: \(lines)")
        }
    }

    @Test("where the site asks for it, a correction counts only once a supervisor other than its author approves it",
          .needs(.postgres, missing: TestDatabase.missing))
    func correctionApproval() async throws {
        try await withTestServer { api, server in
            try await Self.account(server, "A1", role: "ADMINISTRADOR")
            try await Self.account(server, "S1", role: "SUPERVISOR")
            try await Self.account(server, "S2", role: "SUPERVISOR")
            try await server.database.save(employee: AdminEmployee(code: "P1", name: "Pedro", site: "principal"))
            let admin = ConsoleClient(api.client)
            let settings = try await admin.signIn("A1", Self.password)
            #expect(settings.status == .seeOther)
            let corrections = try await admin.get("/console/corrections")
            let set = try await admin.post("/console/sites/principal/approval", [("csrf", corrections.csrf ?? ""), ("required", "true")])
            #expect(set.status == .seeOther)

            let author = ConsoleClient(api.client)
            try await author.signIn("S1", Self.password)
            let person = try await author.get("/console/people/P1")
            let added = try await author.post("/console/people/P1/corrections", [("csrf", person.csrf ?? ""), ("date", "2026-11-30"),
                                                                                  ("time", "08:00"), ("kind", "IN"), ("reason", "olvidó fichar")])
            #expect(added.status == .seeOther)
            let day = try #require(LocalDate("2026-11-30"))
            func rows() async throws -> [ReportRow] {
                try await server.database.report(.daily, from: day, to: day, site: "principal", rules: server.rules).rows
                    .filter { $0.employeeCode == "P1" }
            }
            #expect(try await rows().isEmpty, "not approved yet: the correction does not count")

            let id = try #require(try await server.database.consoleCorrections(code: "P1").first?.id)
            let own = try await author.post("/console/corrections/\(id)/approve", [("csrf", person.csrf ?? "")])
            #expect(own.status == .forbidden, "the author cannot approve their own correction")
            #expect(try await rows().isEmpty)

            let other = ConsoleClient(api.client)
            try await other.signIn("S2", Self.password)
            let page = try await other.get("/console/corrections")
            #expect(page.body.contains("/console/corrections/\(id)/approve"))
            let approved = try await other.post("/console/corrections/\(id)/approve", [("csrf", page.csrf ?? "")])
            #expect(approved.status == .seeOther)
            #expect(try await rows().first?.firstIn != nil, "approved: the added entry counts")
            #expect(try await server.database.consoleCorrections(code: "P1").first?.approvedBy == "S2")
            #expect(try await server.database.auditLog().contains { $0.actor == "console:S2" && $0.action == "correction.approve" })
        }
    }

    @Test("doubtful punches wait on the Review page; confirming one with the form's token removes it and records the decision once; a form without its token and another site's supervisor are refused",
          .needs(.postgres, missing: TestDatabase.missing))
    func reviewQueue() async throws {
        try await withTestServer { api, server in
            try await server.database.save(site: AdminSite(id: "norte", name: "Norte"))
            try await Self.account(server, "S1", role: "SUPERVISOR")
            try await Self.account(server, "S2", role: "SUPERVISOR", site: "norte")
            for (code, name) in [("P1", "Pedro"), ("P2", "Paula"), ("P3", "Pilar")] {
                try await server.database.save(employee: AdminEmployee(code: code, name: name, site: "principal"))
            }
            let door = try await api.registerKiosk("Puerta norte")
            let at = Date().addingTimeInterval(-300)
            func punch(_ code: String, distance: Double, flags: Int = 0) -> WirePunch {
                WirePunch(id: UUID(), kioskID: door.kioskID, sequence: 1, employeeCode: code, instant: at,
                          localDate: server.rules.localDate(of: at).description, kind: "IN", method: "face", matchDistance: distance,
                          shiftName: nil, flags: flags)
            }
            let near = punch("P1", distance: 0.47)
            let flagged = punch("P2", distance: 0.20, flags: PunchFlags.doubtful.rawValue)
            let clear = punch("P3", distance: 0.30)
            #expect(try await api.push([near, flagged, clear], token: door.token).map(\.outcome) == [.accepted, .accepted, .accepted])

            let supervisor = ConsoleClient(api.client)
            try await supervisor.signIn("S1", Self.password)
            let page = try await supervisor.get("/console/review")
            #expect(page.status == .ok)
            #expect(page.body.contains("href=\"/console/review\""), "the menu links the page")
            #expect(page.body.contains("punch-\(near.id)") && page.body.contains("punch-\(flagged.id)"))
            #expect(!page.body.contains("punch-\(clear.id)"), "a clear match is not doubtful")
            #expect(page.body.contains("distancia de la cara 0.470 ≥ 0.450") && page.body.contains("Puerta norte"))
            #expect(page.body.contains("action=\"/console/review/\(near.id)\""))
            func waiting() async throws -> [UUID] {
                try await server.database.reviewQueue(site: "principal", minDistance: ServerDatabase.defaultReviewDistance).map(\.punchID)
            }

            let missing = try await supervisor.post("/console/review/\(near.id)", [("decision", "confirm"), ("reason", "es Pedro")])
            #expect(missing.status == .forbidden)
            #expect(try await waiting().contains(near.id), "refused without its token: not reviewed")

            let stranger = ConsoleClient(api.client)
            try await stranger.signIn("S2", Self.password)
            let strangerPage = try await stranger.get("/console/review")
            #expect(strangerPage.status == .ok)
            #expect(!strangerPage.body.contains("punch-\(near.id)"), "another site's punches are not listed")
            let refused = try await stranger.post("/console/review/\(near.id)",
                                                  [("csrf", strangerPage.csrf ?? ""), ("decision", "void"), ("reason", "no")])
            #expect(refused.status == .forbidden)
            #expect(try await waiting().contains(near.id), "refused at another site: not reviewed")

            let confirmed = try await supervisor.post("/console/review/\(near.id)",
                                                      [("csrf", page.csrf ?? ""), ("decision", "confirm"), ("reason", "es Pedro, con gafas")])
            #expect(confirmed.status == .seeOther)
            #expect(confirmed.headers[.location] == "/console/review?notice=punchConfirmed")
            let after = try await supervisor.get("/console/review?notice=punchConfirmed")
            #expect(after.body.contains("Fichaje confirmado."))
            #expect(!after.body.contains("punch-\(near.id)") && after.body.contains("punch-\(flagged.id)"))
            #expect(try await waiting() == [flagged.id])
            #expect(try await server.database.auditLog().contains {
                $0.actor == "S1" && $0.action == "punch.review.confirm" && $0.detail.contains("\(near.id)") && $0.detail.hasSuffix("es Pedro, con gafas")
            })
            let again = try await supervisor.post("/console/review/\(near.id)",
                                                  [("csrf", page.csrf ?? ""), ("decision", "void"), ("reason", "otra vez")])
            #expect(again.status == .conflict, "one decision per punch")

            let voided = try await supervisor.post("/console/review/\(flagged.id)",
                                                   [("csrf", page.csrf ?? ""), ("decision", "void"), ("reason", "no era ella")])
            #expect(voided.status == .seeOther)
            let correction = try #require(try await server.database.consoleCorrections(code: "P2").first)
            #expect(correction.action == "void" && correction.madeBy == "S1")
            #expect(try await waiting().isEmpty)
        }
    }

    @Test("the language comes from the switch's cookie, else Accept-Language, else Spanish")
    func language() {
        #expect(ConsoleLanguage.fromAcceptLanguage("en-GB,en;q=0.9,es;q=0.8") == .en)
        #expect(ConsoleLanguage.fromAcceptLanguage("es;q=0.5, en;q=0.9") == .en)
        #expect(ConsoleLanguage.fromAcceptLanguage("fr-FR,fr") == .es)
        #expect(ConsoleLanguage.fromAcceptLanguage(nil) == .es)
        for key in ConsoleText.Key.allCases {
            let pair = ConsoleText.table[key]
            #expect(pair != nil && pair?.es.isEmpty == false && pair?.en.isEmpty == false, "\(key) has Spanish and English")
        }
    }

    @Test("CSRF tokens compare whole, and every template parses")
    func tokensAndTemplates() throws {
        let token = CSRFToken.make()
        #expect(CSRFToken.matches(token, token))
        #expect(!CSRFToken.matches(String(token.dropLast()) + "x", token))
        #expect(!CSRFToken.matches(nil, token))
        #expect(!CSRFToken.matches("", ""))
        let html = try ConsoleRenderer().html(MessageTemplate.name, title: "<x>", data: ["heading": "<b>", "message": "a&b"],
                                              language: .en, account: nil, csrf: nil)
        #expect(html.contains("&lt;b&gt;") && html.contains("a&amp;b") && !html.contains("<b>"))
    }
}
