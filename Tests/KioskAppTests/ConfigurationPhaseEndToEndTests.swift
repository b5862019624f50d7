import Foundation
import TestEnvironment
import Testing

/// `kiosk run` in a real terminal (tmux) with a `kiosk.conf` that cannot be used: the start-up panel shows the
/// file, line, key and fix and waits; saving the fixed file goes on with the start-up, and F10 on the waiting
/// panel exits with status 78 and the problem on standard error.
@Suite(.serialized) struct ConfigurationPhaseEndToEndTests {
    static let missing: (need: TestNeed, reason: String)? = {
        if let reason = KioskTmux.unavailableReason { return (.tmux, reason) }
        if KioskRunEndToEndTests.kioskPath == nil {
            return (.buildProducts, "the kiosk executable was not found next to the test bundle (swift build --product kiosk)")
        }
        return nil
    }()

    private struct Run {
        let folder: URL
        let config: String
        let stderr: String
        let exitFile: String
        let tmux: KioskTmux
    }

    private static func launch() throws -> Run {
        let kiosk = try #require(KioskRunEndToEndTests.kioskPath)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("config-e2e-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let config = folder.appendingPathComponent("kiosk.conf").path
        let stderr = folder.appendingPathComponent("stderr.txt").path
        let exitFile = folder.appendingPathComponent("exit-status").path
        try broken(folder).write(toFile: config, atomically: true, encoding: .utf8)
        let tmux = try KioskTmux(
            command: "cd '\(folder.path)' && env LANG=C.UTF-8 TERM=tmux-256color '\(kiosk)' run --config '\(config)' --no-bell 2>'\(stderr)'; echo $? >'\(exitFile)'",
            width: 120, height: 30)
        return Run(folder: folder, config: config, stderr: stderr, exitFile: exitFile, tmux: tmux)
    }

    /// Line 5 misspells `threshold`; models and camera point nowhere, so the start-up after the fix is quick
    /// (and degraded). A demo kiosk: F10 quits from the start-up panel.
    private static func broken(_ folder: URL) -> String {
        """
        [kiosk]
        name = "Puerta Config"
        demo = true
        [recognition]
        treshold = 0.5
        models_dir = "\(folder.appendingPathComponent("no-models").path)"

        [database]
        path = "\(folder.appendingPathComponent("kiosk.sqlite").path)"

        [camera]
        device = "replay:\(folder.appendingPathComponent("no-camera").path)"
        """
    }

    private static func waitForExit(_ run: Run) throws -> String? {
        _ = try run.tmux.waitFor(seconds: 30) { _ in FileManager.default.fileExists(atPath: run.exitFile) }
        return try? String(contentsOfFile: run.exitFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(.needs(missing), .timeLimit(.minutes(20)))
    func fixedFileGoesOnWithTheStartup() throws {
        let run = try Self.launch()
        defer {
            run.tmux.kill()
            try? FileManager.default.removeItem(at: run.folder)
        }
        var (screen, ok) = try run.tmux.waitFor(seconds: 60) { $0.joined().contains("Waiting for a usable kiosk.conf") }
        try #require(ok, "no configuration panel:\n\(screen.joined(separator: "\n"))")
        let text = screen.joined(separator: "\n")
        #expect(text.contains("✗ Configuration"), "\(text)")
        #expect(text.contains("\(run.config):5"), "the file and line:\n\(text)")
        #expect(text.contains("key recognition.treshold"), "the key:\n\(text)")
        #expect(text.contains("edit \(run.config):5"), "the fix:\n\(text)")

        // Saved fixed: the start-up goes on from the database phase, with the file's kiosk name and language
        // (Spanish, the default; the waiting panel spoke $LANG's English).
        try Self.broken(run.folder).replacingOccurrences(of: "treshold", with: "threshold")
            .write(toFile: run.config, atomically: true, encoding: .utf8)
        (screen, ok) = try run.tmux.waitFor(seconds: 120) { screen in
            ["Arranque con fallos", "Arranque en modo degradado", "Arranque completo"].contains { screen.joined().contains($0) }
        }
        try #require(ok, "the start-up did not go on:\n\(screen.joined(separator: "\n"))")
        #expect(screen.first?.contains("Puerta Config") == true, "\(screen.joined(separator: "\n"))")
        #expect(screen.contains { $0.contains("Configuración") && $0.contains("✓ correcto") }, "\(screen.joined(separator: "\n"))")
        #expect(screen.contains { $0.contains("Base de datos") && $0.contains("✓ correcto") }, "\(screen.joined(separator: "\n"))")

        try run.tmux.send("F10")
        #expect(try Self.waitForExit(run) == "0")
    }

    @Test(.needs(missing), .timeLimit(.minutes(20)))
    func quitWhileWaitingExitsWithTheProblem() throws {
        let run = try Self.launch()
        defer {
            run.tmux.kill()
            try? FileManager.default.removeItem(at: run.folder)
        }
        let (screen, ok) = try run.tmux.waitFor(seconds: 60) { $0.joined().contains("Waiting for a usable kiosk.conf") }
        try #require(ok, "no configuration panel:\n\(screen.joined(separator: "\n"))")
        try run.tmux.send("F10")
        #expect(try Self.waitForExit(run) == "78")
        let stderr = (try? String(contentsOfFile: run.stderr, encoding: .utf8)) ?? ""
        #expect(stderr.contains("kiosk: \(run.config):5: unknown key 'recognition.treshold'"), "\(stderr)")
    }
}
