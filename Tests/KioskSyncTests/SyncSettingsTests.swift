import Foundation
import KioskSync
import Testing

@Suite("Sync settings and back-off")
struct SyncSettingsTests {
    @Test("an empty URL is standalone; plain http to another machine is refused; loopback http is allowed")
    func urls() throws {
        #expect(try SyncSettings.make(url: "", tokenFile: "/nonexistent", syncIntervalSeconds: 30, softwareVersion: "1") == nil)
        let error = #expect(throws: SyncError.self) { try SyncSettings.checkedURL("http://asistencia.example.org") }
        #expect(error?.message(in: .en).contains("https://") == true)
        #expect(error?.message(in: .es).contains("https://") == true)
        #expect(throws: SyncError.self) { try SyncSettings.checkedURL("ftp://127.0.0.1") }
        #expect(try SyncSettings.checkedURL("http://127.0.0.1:8080").port == 8080)
        #expect(try SyncSettings.checkedURL("https://asistencia.example.org").host == "asistencia.example.org")
    }

    @Test("the token file is read and trimmed; a missing or empty one says to register")
    func tokenFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("token-\(UUID())")
        defer { try? FileManager.default.removeItem(at: file) }
        let missing = #expect(throws: SyncError.self) {
            try SyncSettings.make(url: "https://a.example", tokenFile: file.path, syncIntervalSeconds: 30, softwareVersion: "1")
        }
        #expect(missing?.message(in: .en).contains("kiosk register") == true)
        try "abc123\n".write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        let settings = try #require(try SyncSettings.make(url: "https://a.example", tokenFile: file.path, syncIntervalSeconds: 30,
                                                          softwareVersion: "1"))
        #expect(settings.token == "abc123")
        #expect(settings.interval == .seconds(30))
    }

    @Test("back-off doubles from 1 s to 5 min with jitter in the upper half, and honours Retry-After")
    func backoff() {
        let policy = RetryPolicy()
        let low: (ClosedRange<Double>) -> Double = { $0.lowerBound }
        let high: (ClosedRange<Double>) -> Double = { $0.upperBound }
        #expect(policy.delay(afterFailures: 1, random: high) == 1)
        #expect(policy.delay(afterFailures: 1, random: low) == 0.5)
        #expect(policy.delay(afterFailures: 4, random: high) == 8)
        #expect(policy.delay(afterFailures: 20, random: high) == 300)
        #expect(policy.delay(afterFailures: 200, random: low) == 150)
        #expect(policy.delay(afterFailures: 1, retryAfter: 120, random: high) == 120)
        #expect(policy.delay(afterFailures: 20, retryAfter: 5, random: high) == 300)
        for failures in 1...30 {
            let delay = policy.delay(afterFailures: failures)
            #expect(delay > 0 && delay <= 300)
        }
    }
}
