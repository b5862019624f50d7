import Foundation
import Testing
import GRDB
import TestEnvironment
import Attendance
@testable import KioskStore

/// Finds `punch-writer` beside the test bundle in the build products folder.
private func punchWriterURL() -> URL? {
    let candidates = [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
                      Bundle.main.bundleURL.deletingLastPathComponent()]
    return candidates.map { $0.appendingPathComponent("punch-writer") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }
}

/// Reads whole lines from a pipe on a dispatch queue (blocking reads stay off the cooperative pool).
private final class LineReader: Sendable {
    private let handle: FileHandle
    private let queue = DispatchQueue(label: "CrashSafetyTests.reader")

    init(_ handle: FileHandle) { self.handle = handle }

    /// Returns once `count` lines arrived, or at end of file with what was read.
    func lines(count: Int, after partial: String = "") async -> (lines: [String], rest: String) {
        await withCheckedContinuation { continuation in
            queue.async { [handle] in
                var buffer = partial
                var lines: [String] = []
                while lines.count < count {
                    if let newline = buffer.firstIndex(of: "\n") {
                        lines.append(String(buffer[..<newline]))
                        buffer = String(buffer[buffer.index(after: newline)...])
                        continue
                    }
                    // read(2) directly: FileHandle.availableData traps on EINTR (SIGCHLD from the killed writer).
                    var bytes = [UInt8](repeating: 0, count: 4096)
                    let n = bytes.withUnsafeMutableBytes { read(handle.fileDescriptor, $0.baseAddress, $0.count) }
                    if n < 0 && errno == EINTR { continue }
                    if n <= 0 { break }
                    buffer += String(decoding: bytes[0..<n], as: UTF8.self)
                }
                continuation.resume(returning: (lines, buffer))
            }
        }
    }
}

@Suite("Crash safety")
struct CrashSafetyTests {
    @Test(.needs(.buildProducts, missing: punchWriterURL() == nil ? "the punch-writer executable is not in the build products folder" : nil),
          .timeLimit(.minutes(20)))
    func everyReportedPunchSurvivesSIGKILL() async throws {
        let writer = try #require(punchWriterURL())
        let fixture = try StoreFixture()
        let codes = ["C1", "C2", "C3", "C4"]
        do {
            let store = try await fixture.open()
            _ = try await store.seed(demo: false)
            for code in codes { try await store.saveEmployee(Employee(code: EmployeeCode(code), name: "Crash \(code)")) }
            try store.dbPool.close()
        }
        // The kill points are random; the seed is printed (ASISTENCIA_TEST_SEED replays a run).
        var generator = try TestSeed.generator(for: "CrashSafetyTests.everyReportedPunchSurvivesSIGKILL")
        var reported: [String] = []
        let rounds = 6
        for round in 0..<rounds {
            let process = Process()
            process.executableURL = writer
            let start = 1_800_000_000 + round * 10_000_000
            process.arguments = [fixture.databasePath, codes.joined(separator: ","), String(start)]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            try process.run()
            let reader = LineReader(pipe.fileHandleForReading)
            // Kill at a random moment: after a random number of committed punches.
            let wanted = Int.random(in: 1...40, using: &generator)
            let first = await reader.lines(count: wanted)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal,
                    "round \(round): the writer must still be running when killed after \(wanted) punches")
            // Lines written before the kill are still in the pipe; they were reported too.
            let late = await reader.lines(count: Int.max, after: first.rest)
            let lines = first.lines + late.lines
            #expect(lines.count >= wanted)
            reported += lines.map { String($0.split(separator: " ")[0]) }
        }

        let store = try await fixture.open()
        #expect(store.openReport.recovery == nil)
        let rows = try await store.dbPool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, sequence FROM punch ORDER BY rowid")
                .map { row -> (id: String, sequence: Int64) in (row["id"], row["sequence"]) }
        }
        let ids = rows.map(\.id)
        let sequences = rows.map(\.sequence)
        #expect(Set(ids).count == ids.count, "no duplicate punch")
        #expect(Set(reported).count == reported.count)
        let missing = Set(reported).subtracting(ids)
        #expect(missing.isEmpty, "every reported punch is on disk; missing: \(missing.count)")
        // A commit may land just before the kill, before its line is written: at most one such per round.
        #expect(ids.count - reported.count >= 0 && ids.count - reported.count <= rounds)
        #expect(zip(sequences, sequences.dropFirst()).allSatisfy { $0 < $1 }, "sequences strictly increase")
        let check = try await store.dbPool.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        #expect(check == ["ok"])
        let orphans = try await store.dbPool.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM punch WHERE id NOT IN (SELECT itemID FROM outbox WHERE itemKind = 'punch')")
        }
        #expect(orphans == 0, "every punch has its outbox row (same transaction)")
    }
}
