import APIContract
import Attendance
import AttendanceServer
import Foundation
import KioskStore
import KioskSync
import OpenAPIAsyncHTTPClient
import SyncProtocol
import TestEnvironment
import Testing

@Suite("A fleet: two sites, two kiosks each, one server", .timeLimit(.minutes(20)))
struct FleetTests {
    static let madrid = TimeZone(identifier: "Europe/Madrid")!

    /// One door: its database (a real KioskStore in a temporary folder), credentials and sync client.
    struct Door {
        let folder: KioskStoreSyncTests.Folder
        let store: KioskStore
        let credentials: KioskCredentials
        let sync: SyncClient

        static func open(_ name: String, site: String, port: Int, server: AttendanceServerApp) async throws -> Door {
            let folder = try KioskStoreSyncTests.Folder()
            let store = try await KioskStore.open(path: folder.path + "/kiosk.sqlite", options: StoreOptions(timeZone: FleetTests.madrid))
            let credentials = try await server.database.registerKiosk(name: name, site: site)
            try await store.replaceKioskID(with: credentials.kioskID)
            let settings = SyncSettings(baseURL: URL(string: "http://127.0.0.1:\(port)")!, token: credentials.token,
                                        interval: .seconds(30), softwareVersion: "test")
            return Door(folder: folder, store: store, credentials: credentials, sync: SyncClient(settings: settings, store: store, refreshGallery: {}))
        }

        /// A door registered by the `kiosk` executable with a one-time code of `site`, as an installer does it;
        /// then its database and token file are the ones that command wrote.
        static func register(_ name: String, site: String, serverURL: String, database: ServerDatabase) async throws -> Door {
            let folder = try KioskStoreSyncTests.Folder()
            let code = try await database.makeRegistrationCode(site: site, validMinutes: 10)
            let registration = try FleetProcesses.registerDoor(name: name, folder: folder.path, serverURL: serverURL, code: code.code)
            #expect(registration.output.contains("Quiosco registrado") && registration.output.contains("sede \(site)"),
                    "kiosk register says what it did, in the kiosk's language (es): \(registration.output)")
            let tokenFile = folder.path + "/kiosk.token"
            let mode = try FileManager.default.attributesOfItem(atPath: tokenFile)[.posixPermissions] as? Int
            #expect(mode == 0o600, "the token file is the kiosk's alone")
            let store = try await KioskStore.open(path: folder.path + "/kiosk.sqlite", options: StoreOptions(timeZone: FleetTests.madrid))
            #expect(try await store.registeredSite() == site)
            let token = try String(contentsOfFile: tokenFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            let credentials = KioskCredentials(kioskID: try await store.kioskID(), site: site, token: token)
            let settings = try #require(try SyncSettings.make(url: serverURL, tokenFile: tokenFile, syncIntervalSeconds: 30,
                                                              softwareVersion: "test"))
            return Door(folder: folder, store: store, credentials: credentials, sync: SyncClient(settings: settings, store: store, refreshGallery: {}))
        }
    }

    /// 09:00 and 10:00 yesterday in Madrid: instants the server accepts and one day's report covers.
    static func yesterday(hour: Int) -> (instant: Date, day: LocalDate) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = madrid
        let today = calendar.startOfDay(for: Date())
        let instant = calendar.date(byAdding: .hour, value: hour - 24, to: today)!
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return (instant, LocalDate(year: parts.year!, month: parts.month!, day: parts.day!))
    }

    @Test("The server as its own process, four doors registered by `kiosk register`: IN at one door and OUT at another make one day; another site's kiosk reaches no one here; corrections and consent withdrawals reach the server and every door",
          .needs(.postgres, missing: LiveServer.missing))
    func twoSites() async throws {
        try await FleetProcesses.withServer { serverURL, database in
            let rules = PunchRules(timeZone: FleetProcesses.timeZone)
            try await database.save(site: AdminSite(id: "norte", name: "Norte"))
            try await database.save(site: AdminSite(id: "sur", name: "Sur"))
            for (code, role, site) in [("E001", "COLABORADOR", "norte"), ("E002", "COLABORADOR", "norte"), ("S001", "SUPERVISOR", "norte"),
                                       ("E900", "COLABORADOR", "sur")] {
                try await database.save(employee: AdminEmployee(code: code, name: "Persona \(code)", role: role, site: site))
            }
            let a1 = try await Door.register("Norte 1", site: "norte", serverURL: serverURL, database: database)
            let a2 = try await Door.register("Norte 2", site: "norte", serverURL: serverURL, database: database)
            let b1 = try await Door.register("Sur 1", site: "sur", serverURL: serverURL, database: database)
            let b2 = try await Door.register("Sur 2", site: "sur", serverURL: serverURL, database: database)
            for door in [a1, a2, b1, b2] { _ = try await door.sync.syncOnce() }

            // Each site's doors receive their own people only.
            #expect(try await a1.store.employee(EmployeeCode("E001")) != nil)
            #expect(try await b1.store.employee(EmployeeCode("E001")) == nil)
            #expect(try await b2.store.employee(EmployeeCode("E900")) != nil)

            // IN at door A1, OUT at door A2: A2 knows A1's entry from the roster, and the server computes one day.
            let (nine, day) = Self.yesterday(hour: 9)
            let ten = Self.yesterday(hour: 10).instant
            #expect(try await a1.store.punch(EmployeeCode("E001"), at: nine, method: .pin).punch?.kind == .entry)
            _ = try await a1.sync.syncOnce()
            _ = try await a2.sync.syncOnce()
            #expect(try await a2.store.punch(EmployeeCode("E001"), at: ten, method: .pin).punch?.kind == .exit)
            _ = try await a2.sync.syncOnce()
            let report = try await database.report(.daily, from: day, to: day, site: "norte", rules: rules)
            let row = try #require(report.rows.first { $0.employeeCode == "E001" })
            #expect(report.rows.filter { $0.employeeCode == "E001" }.count == 1)
            #expect(row.minutesWorked == 60 && row.firstIn == nine && row.lastOut == ten)

            // A kiosk of site B cannot write for site A's people, whatever it sends.
            let b1API = Client(serverURL: URL(string: serverURL)!, configuration: .contract,
                               transport: AsyncHTTPClientTransport(), middlewares: [BearerTokenMiddleware(token: b1.credentials.token)])
            let foreign = WirePunch(id: UUID(), kioskID: a1.credentials.kioskID, sequence: 1, employeeCode: "E002", instant: ten,
                                    localDate: day.description, kind: "IN", method: "pin")
            let answer = try await b1API.pushPunches(.init(body: .json(.init(punches: [.init(foreign)])))).ok.body.json
            #expect(answer.results.first?.outcome == .rejected)
            #expect(answer.results.first?.reason?.contains("another site") == true)
            let enrolment = WireEnrolment(id: UUID(), employeeCode: "E002", descriptor: Data(count: 512), enrolledAt: Date(),
                                          consent: WireConsent(id: UUID(), givenAt: Date(), recordedBy: "S001", textVersion: "v1"))
            let planted = try await b1API.pushEnrolments(.init(body: .json(.init(enrolments: [.init(enrolment)])))).ok.body.json
            #expect(planted.results.first?.outcome == .rejected, "a stolen token of site B plants no face at site A")
            #expect(try await database.templates(of: "E002").isEmpty)
            var storedDoor: [String] = []
            for try await kiosk in try await database.client.query("SELECT DISTINCT kiosk_id FROM punches WHERE employee_code = 'E001'")
                .decode(String.self) { storedDoor.append(kiosk) }
            #expect(Set(storedDoor) == [a1.credentials.kioskID, a2.credentials.kioskID], "the door stored is the authenticated one")

            // A correction made at A1 (E002 forgot to punch out) goes up and changes the server's report.
            #expect(try await a1.store.punch(EmployeeCode("E002"), at: nine, method: .pin).punch?.kind == .entry)
            _ = try await a1.sync.syncOnce()
            let before = try await database.report(.daily, from: day, to: day, site: "norte", rules: rules)
            #expect(before.rows.first { $0.employeeCode == "E002" }?.minutesWorked == 0)
            try await a1.store.addCorrection(employee: EmployeeCode("E002"), action: .add(kind: .exit, instant: ten),
                                             reason: "olvidó fichar la salida", supervisor: EmployeeCode("S001"))
            let round = try await a1.sync.syncOnce()
            #expect(round.correctionsDelivered == 1)
            let after = try await database.report(.daily, from: day, to: day, site: "norte", rules: rules)
            #expect(after.rows.first { $0.employeeCode == "E002" }?.minutesWorked == 60)
            let author = try await database.client.query("SELECT made_by, reason FROM corrections").decode((String, String).self)
                .first { _ in true }
            #expect(author?.0 == "S001" && author?.1 == "olvidó fichar la salida")

            // A face enrolled at A1 reaches A2; its consent withdrawn at A1 removes it from the server and from A2.
            let consent = BiometricConsent(textVersion: "consent-es-2025-01", recordedBy: EmployeeCode("S001"))
            _ = try await a1.store.addTemplates(for: EmployeeCode("E001"), vectors: [(0..<128).map { Float($0) * 0.003 }], consent: consent)
            _ = try await a1.sync.syncOnce()
            _ = try await a2.sync.syncOnce()
            #expect(try await a2.store.templateCount(for: EmployeeCode("E001")) == 1)
            // Meanwhile A2, offline, enrols the same person again; then the consent is withdrawn at A1.
            _ = try await a2.store.addTemplates(for: EmployeeCode("E001"), vectors: [(0..<128).map { Float($0) * 0.003 + 0.01 }],
                                                consent: consent)
            #expect(try await a2.store.templateCount(for: EmployeeCode("E001")) == 2)
            try await a1.store.deleteBiometrics(of: EmployeeCode("E001"), by: EmployeeCode("S001"))
            let withdrawal = try await a1.sync.syncOnce()
            #expect(withdrawal.withdrawalsDelivered == 1)
            #expect(try await database.templates(of: "E001").isEmpty)
            // A2's late enrolment predates the deletion: refused for good, and no face of E001 is left at A2.
            let late = try await a2.sync.syncOnce()
            #expect(late.enrolmentsDelivered == 0 && late.enrolmentsRejected == 1)
            #expect(try await a2.store.templateCount(for: EmployeeCode("E001")) == 0)
            #expect(try await database.templates(of: "E001").isEmpty)
        }
    }

    @Test("a revoked kiosk's token fails at once; a new admin token retires the old one",
          .needs(.postgres, missing: LiveServer.missing))
    func revocation() async throws {
        try await LiveServer.run { port, server in
            let door = try await Door.open("Norte", site: "principal", port: port, server: server)
            _ = try await door.sync.syncOnce()
            try await server.database.revoke(kiosk: door.credentials.kioskID)
            let error = await #expect(throws: SyncError.self) { try await door.sync.syncOnce() }
            #expect(error?.code == .unauthorized)
            #expect(try await server.database.kiosks().first?.revokedAt != nil)

            let admin = { (token: String) in
                Client(serverURL: URL(string: "http://127.0.0.1:\(port)")!, configuration: .contract, transport: AsyncHTTPClientTransport(),
                       middlewares: [BearerTokenMiddleware(token: token)])
            }
            guard case .ok = try await admin(LiveServer.adminToken).listSites(.init()) else { Issue.record("the admin token works"); return }
            try await server.database.seed(defaultSite: "principal", adminToken: "a-new-admin-token-of-enough-length-0123")
            guard case .unauthorized = try await admin(LiveServer.adminToken).listSites(.init()) else {
                Issue.record("the old admin token must fail once a new one is seeded"); return
            }
            guard case .ok = try await admin("a-new-admin-token-of-enough-length-0123").listSites(.init()) else {
                Issue.record("the new admin token works"); return
            }
        }
    }
}
