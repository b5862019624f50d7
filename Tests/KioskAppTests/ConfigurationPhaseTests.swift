import Attendance
import Foundation
import KioskConfig
import Testing
import TerminalUI
@testable import KioskApp
import Vocabulary

/// The configuration phase of `kiosk run` with a `kiosk.conf` that cannot be used: the panel shows the file,
/// the line, the key and the fix, and the watch loads the file again only when it changed, until it loads.
@Suite("Configuration phase")
struct ConfigurationPhaseTests {
    private static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("config-phase-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The first load's error and a watch over `file`, as `kiosk run` builds them.
    private static func watch(_ file: String, environment: [String: String] = [:]) throws -> ConfigurationWatch {
        let load: ConfigurationWatch.Load = { () throws(ConfigError) in try ConfigLoader.load(file: file, environment: environment) }
        do {
            _ = try load()
        } catch {
            return ConfigurationWatch(file: file, error: error, load: load)
        }
        throw ExpectedAnError()
    }

    private struct ExpectedAnError: Error {}

    private static func panel(_ watch: ConfigurationWatch, _ language: Language) -> String {
        let snapshot = ConfigurationScreen.snapshot(watch, language: language, now: Date())
        let canvas = ScreenFixtures.render(StartupPanel(snapshot: snapshot), width: 120, height: 30)
        return (0..<30).map { canvas.row($0) }.joined(separator: "\n")
    }

    @Test("the panel names the file, the line, the key and the fix, and says it waits")
    func panelShowsTheProblem() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("kiosk.conf").path
        try "[kiosk]\nname = \"Puerta\"\n\n[recognition]\ntreshold = 0.4\n".write(toFile: file, atomically: true, encoding: .utf8)
        let watch = try Self.watch(file)
        #expect(watch.error.line == 5)
        #expect(watch.error.key == "recognition.treshold")
        #expect(watch.isFixableInFile)

        let spanish = Self.panel(watch, .es)
        #expect(spanish.contains("✗ Configuración"), "\(spanish)")
        #expect(spanish.contains("\(file):5"), "the file and line:\n\(spanish)")
        #expect(spanish.contains("clave recognition.treshold"), "the key, in the fix:\n\(spanish)")
        #expect(spanish.contains("edite \(file):5"), "the fix:\n\(spanish)")
        #expect(spanish.contains("✗ Esperando un kiosk.conf válido…"), "\(spanish)")
        #expect(spanish.contains("· pendiente"), "the later phases wait:\n\(spanish)")
        let english = Self.panel(watch, .en)
        #expect(english.contains("edit \(file):5, key recognition.treshold and save"), "\(english)")
        #expect(english.contains("✗ Waiting for a usable kiosk.conf…"), "\(english)")
    }

    @Test("the file is read again only when it changed, until it loads")
    func waitsUntilTheFileIsFixed() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("kiosk.conf").path
        try "[recognition]\ntreshold = 0.4\n".write(toFile: file, atomically: true, encoding: .utf8)
        var watch = try Self.watch(file)
        guard case .unchanged = watch.check() else {
            Issue.record("an unchanged file is not loaded again")
            return
        }

        try "[recognition]\nthreshold = 0.4\n\n[camera]\nwidth = \"wide\"\n".write(toFile: file, atomically: true, encoding: .utf8)
        guard case .stillBroken(let second) = watch.check() else {
            Issue.record("a file still wrong stays on screen")
            return
        }
        #expect(second.line == 5 && second.key == "camera.width", "\(second)")
        #expect(watch.error == second, "the panel shows the new problem")

        try "[recognition]\nthreshold = 0.4\n\n[camera]\nwidth = 800\n".write(toFile: file, atomically: true, encoding: .utf8)
        guard case .fixed(let configuration) = watch.check() else {
            Issue.record("a fixed file loads")
            return
        }
        #expect(configuration.recognition.threshold == 0.4)
        #expect(configuration.camera.width == 800)
    }

    @Test("a bad environment override cannot be fixed in the file: the fix says to restart")
    func environmentOverride() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("kiosk.conf").path
        try "[kiosk]\nname = \"Puerta\"\n".write(toFile: file, atomically: true, encoding: .utf8)
        let watch = try Self.watch(file, environment: ["KIOSK_RECOGNITION_THRESHOLD": "high"])
        #expect(!watch.isFixableInFile)
        #expect(watch.fix.en.contains("start the kiosk again"), "\(watch.fix.en)")
        #expect(watch.fix.es.contains("vuelva a arrancar"), "\(watch.fix.es)")
    }
}
