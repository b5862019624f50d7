import AsyncHTTPClient
import Attendance
import AttendanceServer
import Foundation
import KioskStore
import KioskSync
import NIOCore
import TestEnvironment
import Testing

@Suite("Kiosk registration with a one-time code and the token file", .timeLimit(.minutes(20)))
struct KioskRegistrationTests {
    static let utc = TimeZone(identifier: "UTC")!

    /// A fresh folder for a kiosk database and its token file.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-register-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The file's permission bits.
    static func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    /// A one-time code for `site`, made through the administrator's API as an operator would.
    static func registrationCode(port: Int, site: String = "principal") async throws -> String {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/api/v1/admin/registration-codes")
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer \(LiveServer.adminToken)")
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(string: #"{"site": "\#(site)", "validMinutes": 10}"#))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let body = String(buffer: try await response.body.collect(upTo: 1 << 20))
        try #require(response.status.code == 201, "the admin API answered \(response.status.code): \(body)")
        let json = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
        return try #require(json?["code"] as? String, "no code in \(body)")
    }

    @Test("kiosk register end to end: the code is redeemed, the token file is 0600, the server's id and site are kept, and the token syncs; a second register refuses to overwrite without spending its code; a wrong code is refused clearly",
          .needs(.postgres, missing: LiveServer.missing))
    func registerAgainstLiveServer() async throws {
        try await LiveServer.run { port, server in
            let folder = try Self.folder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let store = try await KioskStore.open(path: folder.path + "/kiosk.sqlite", options: StoreOptions(timeZone: Self.utc))
            let firstID = try await store.kioskID()
            #expect(try await store.registeredSite() == nil)
            let tokenFile = folder.path + "/kiosk.token"
            let url = "http://127.0.0.1:\(port)"

            let code = try await Self.registrationCode(port: port)
            let outcome = try await KioskRegistration.register(serverURL: url, code: code, name: "Puerta norte", tokenFile: tokenFile, store: store)
            #expect(outcome.previousKioskID == firstID)
            #expect(outcome.kioskID != firstID, "the server assigns its own id")
            #expect(outcome.site == "principal")
            #expect(try Self.mode(tokenFile) == 0o600)
            #expect(try await store.kioskID() == outcome.kioskID)
            #expect(try await store.registeredSite() == "principal")
            #expect(outcome.summary(in: .es).contains("Quiosco registrado") && outcome.summary(in: .en).contains("Kiosk registered"))
            let kiosks = try await server.database.kiosks()
            #expect(kiosks.contains { $0.id == outcome.kioskID && $0.name == "Puerta norte" && $0.site == "principal" })

            // The token in the file is the one the server knows: a sync round with it succeeds.
            let settings = try #require(try SyncSettings.make(url: url, tokenFile: tokenFile, syncIntervalSeconds: 30, softwareVersion: "test"))
            let client = SyncClient(settings: settings, store: store, refreshGallery: {})
            try await client.syncOnce()
            #expect(await client.state().lastError == nil)

            // A second register refuses to overwrite the token, says how, and leaves the new code unspent.
            let token = try String(contentsOfFile: tokenFile, encoding: .utf8)
            let second = try await Self.registrationCode(port: port)
            let refused = await #expect(throws: SyncError.self) {
                try await KioskRegistration.register(serverURL: url, code: second, name: "Puerta norte", tokenFile: tokenFile, store: store)
            }
            #expect(refused?.message(in: .en).contains("kiosk unregister") == true)
            #expect(refused?.message(in: .es).contains("kiosk unregister") == true)
            #expect(try String(contentsOfFile: tokenFile, encoding: .utf8) == token)
            #expect(try await store.kioskID() == outcome.kioskID)

            // Unregistering removes the token; the unspent code then registers the kiosk again.
            #expect(try KioskRegistration.unregister(tokenFile: tokenFile))
            #expect(!FileManager.default.fileExists(atPath: tokenFile))
            #expect(try KioskRegistration.unregister(tokenFile: tokenFile) == false, "nothing left to remove")
            let again = try await KioskRegistration.register(serverURL: url, code: second, name: "Puerta norte", tokenFile: tokenFile, store: store)
            #expect(again.previousKioskID == outcome.kioskID)
            #expect(try await store.kioskID() == again.kioskID)

            // A wrong (or spent) code is refused by the server with a sentence that says what to do.
            try KioskRegistration.unregister(tokenFile: tokenFile)
            let wrong = await #expect(throws: SyncError.self) {
                try await KioskRegistration.register(serverURL: url, code: code, name: "Puerta norte", tokenFile: tokenFile, store: store)
            }
            #expect(wrong?.status == 403)
            #expect(wrong?.message(in: .en).contains("unknown, already used or expired") == true)
            #expect(wrong?.message(in: .es).contains("pida uno nuevo al administrador") == true)
            #expect(!FileManager.default.fileExists(atPath: tokenFile), "no token file after a refused code")
            #expect(try await store.kioskID() == again.kioskID, "a refused code changes nothing")
        }
    }

    @Test("what can be checked before the code is sent is: no server URL, plain http off loopback, a malformed code, an unreachable server")
    func refusedBeforeRedeeming() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try await KioskStore.open(path: folder.path + "/kiosk.sqlite", options: StoreOptions(timeZone: Self.utc))
        let tokenFile = folder.path + "/kiosk.token"
        let noURL = await #expect(throws: SyncError.self) {
            try await KioskRegistration.register(serverURL: " ", code: "1234-5678-9012", name: "Norte", tokenFile: tokenFile, store: store)
        }
        #expect(noURL?.message(in: .en).contains("set [server] url") == true)
        #expect(noURL?.message(in: .es).contains("ponga [server] url") == true)
        let plain = await #expect(throws: SyncError.self) {
            try await KioskRegistration.register(serverURL: "http://asistencia.example.org", code: "1234-5678-9012", name: "Norte",
                                                 tokenFile: tokenFile, store: store)
        }
        #expect(plain?.code == .configuration)
        let malformed = await #expect(throws: SyncError.self) {
            try await KioskRegistration.register(serverURL: "https://asistencia.example.org", code: "12 34; DROP", name: "Norte",
                                                 tokenFile: tokenFile, store: store)
        }
        #expect(malformed?.message(in: .en).contains("'12 34; DROP' is not valid") == true)
        // Port 9 on loopback (discard) has no server here: refused connection, said plainly.
        let unreachable = await #expect(throws: SyncError.self) {
            try await KioskRegistration.register(serverURL: "http://127.0.0.1:9", code: "1234-5678-9012", name: "Norte",
                                                 tokenFile: tokenFile, store: store)
        }
        #expect(unreachable?.code == .unreachable)
        #expect(!FileManager.default.fileExists(atPath: tokenFile))
        #expect(try await store.registeredSite() == nil)
    }

    @Test("the token file is created with mode 0600, never over an existing file; one group or others can read is refused at settings time with the chmod fix")
    func tokenFilePermissions() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.path + "/kiosk.token"
        try TokenFile.create(path, token: "secret-token")
        #expect(try Self.mode(path) == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "secret-token\n")
        let existing = #expect(throws: SyncError.self) { try TokenFile.create(path, token: "other") }
        #expect(existing?.message(in: .en).contains("kiosk unregister") == true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "secret-token\n")
        #expect(try SyncSettings.make(url: "https://a.example", tokenFile: path, syncIntervalSeconds: 30, softwareVersion: "1")?.token == "secret-token")

        for mode in [0o644, 0o640, 0o604, 0o620] {
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
            let refused = #expect(throws: SyncError.self) {
                try SyncSettings.make(url: "https://a.example", tokenFile: path, syncIntervalSeconds: 30, softwareVersion: "1")
            }
            #expect(refused?.code == .configuration)
            #expect(refused?.message(in: .en).contains("chmod 600 \(path)") == true, "mode \(String(mode, radix: 8))")
            #expect(refused?.message(in: .es).contains("chmod 600 \(path)") == true, "mode \(String(mode, radix: 8))")
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: path)
        #expect(try SyncSettings.make(url: "https://a.example", tokenFile: path, syncIntervalSeconds: 30, softwareVersion: "1") != nil,
                "owner-only read is fine")
    }
}
