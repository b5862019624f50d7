import Foundation
import Testing
@testable import KioskApp

/// `kiosk diagnose --health` judges the running kiosk from its status file alone.
@Suite("Health check from the status file")
struct KioskHealthTests {
    private static let now = Date(timeIntervalSince1970: 1_800_000_000)

    private static func status(age: TimeInterval = 1, frameAge: TimeInterval? = 1, recognitionAge: TimeInterval? = 1,
                               screenAge: TimeInterval? = 1) -> KioskStatus {
        KioskStatus(pid: getpid(), startedAt: now.addingTimeInterval(-100), updatedAt: now.addingTimeInterval(-age),
                    screenAliveAt: screenAge.map { now.addingTimeInterval(-$0) }, startupFinished: true, cameraRunning: true,
                    lastFrameAt: frameAge.map { now.addingTimeInterval(-$0) }, recognitionRunning: true,
                    recognitionAliveAt: recognitionAge.map { now.addingTimeInterval(-$0) }, lastDatabaseWriteAt: nil)
    }

    @Test("fresh signs of life from a running process are healthy")
    func healthy() {
        #expect(KioskHealth(maxAge: 20).problems(of: Self.status(), now: Self.now, isRunning: true).isEmpty)
    }

    @Test("a process that is gone is not healthy, whatever its file says")
    func processGone() {
        let problems = KioskHealth(maxAge: 20).problems(of: Self.status(), now: Self.now, isRunning: false)
        #expect(problems.map(\.text.en) == ["the kiosk (pid \(getpid())) is not running"])
    }

    @Test("each stale sign names what stopped answering, in both languages")
    func staleSigns() {
        let health = KioskHealth(maxAge: 20)
        let stuck = health.problems(of: Self.status(age: 30), now: Self.now, isRunning: true)
        #expect(stuck.map(\.text.en) == ["the kiosk is stuck (status not updated): 30 s ago"])
        #expect(stuck.map(\.text.es) == ["el quiosco está parado (estado sin actualizar): hace 30 s"])
        let camera = health.problems(of: Self.status(frameAge: 25), now: Self.now, isRunning: true)
        #expect(camera.map(\.text.en) == ["the camera gives no frames (last frame): 25 s ago"])
        let recognition = health.problems(of: Self.status(recognitionAge: nil), now: Self.now, isRunning: true)
        #expect(recognition.map(\.text.en) == ["recognition does not respond (last result): never"])
        let screen = health.problems(of: Self.status(screenAge: 21), now: Self.now, isRunning: true)
        #expect(screen.map(\.text.en) == ["the screen does not respond (last round): 21 s ago"])
    }

    @Test("without a camera (PIN only) the camera and recognition are not judged")
    func degradedKioskWithoutCamera() {
        var status = Self.status(frameAge: nil, recognitionAge: nil)
        status.cameraRunning = false
        status.recognitionRunning = false
        #expect(KioskHealth().problems(of: status, now: Self.now, isRunning: true).isEmpty)
    }

    @Test("the writer's file reads back healthy, is removed at stop, and a missing file says the kiosk is not running")
    func writerAndMissingFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("health-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("var/kiosk.status").path
        let missing = KioskHealth().check(statusFile: path)
        #expect(missing.status == nil)
        #expect(missing.problems.first?.text.en.hasPrefix("the kiosk is not running: \(path) does not exist") == true)

        let written = Self.status()
        let writer = StatusFileWriter(path: path) { _ in written }
        writer.start { failure in Issue.record("status file not written: \(failure)") }
        var read: KioskStatus?
        for _ in 0..<200 where read == nil {
            read = FileManager.default.contents(atPath: path).flatMap { try? KioskStatus.decode($0) }
            if read == nil { usleep(10_000) }
        }
        #expect(read == written)
        #expect(KioskHealth(maxAge: 20).check(statusFile: path, now: Self.now).problems.isEmpty)
        writer.stop()
        #expect(!FileManager.default.fileExists(atPath: path))
        // Nothing else appeared beside it: the health check opens no database.
        #expect((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("var").path)) == [])
    }
}
