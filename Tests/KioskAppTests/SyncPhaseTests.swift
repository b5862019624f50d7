import Foundation
import KioskConfig
import KioskStore
import Logging
import Testing
@testable import KioskApp

@Suite("The start-up's sync phase")
struct SyncPhaseTests {
    @Test("a token file group or others can read is refused on the panel, in both languages, with chmod 600; the door keeps working")
    func tokenFileOthersCanReadIsRefused() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sync-phase-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let token = folder.appendingPathComponent("kiosk.token").path
        try "secret-token\n".write(toFile: token, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: token)
        var configuration = KioskConfiguration()
        configuration.server.url = "http://127.0.0.1:9"
        configuration.server.tokenFile = token
        let store = try await KioskStore.open(path: folder.appendingPathComponent("kiosk.sqlite").path,
                                              options: StoreOptions(timeZone: TimeZone(identifier: "UTC")!))
        let runtime = KioskRuntime(configuration: configuration, configurationSource: "test", logger: Logger(label: "sync-phase-test"))
        runtime.attach(store)

        let outcome = await runtime.startSync()
        #expect(outcome.verdict == .warning, "degraded, not failed: punches stay queued")
        #expect(outcome.detail.en.contains("chmod 600 \(token)"), "\(outcome.detail.en)")
        #expect(outcome.detail.es.contains("chmod 600 \(token)"), "\(outcome.detail.es)")
        #expect(outcome.fix?.en.contains("punches stay queued") == true)
        #expect(runtime.services?.sync.isRunning == false, "no sync client runs with an exposed token")
    }
}
