import ArgumentParser
import Foundation
import FaceEngine
import KioskApp
import KioskConfig
import Logging

extension Kiosk {
    /// `kiosk run` (the default): the door kiosk's terminal UI.
    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the door kiosk: the start-up panel, then the check-in screen (the default command).",
            discussion: """
                The log goes to [kiosk] log_file while the screen is in use, and [kiosk] status_file is kept \
                fresh for `kiosk diagnose --health`. F10 twice quits a demo kiosk; a real door (demo = false) \
                asks a technician's code and PIN. SIGINT and SIGTERM restore the terminal and exit with 128 + \
                the signal number. A kiosk.conf that cannot be used shows the start-up panel with the file, line, \
                key and fix, and waits: saving the fixed file goes on with the start-up, F10 exits with status 78 \
                (without a terminal the problem is printed and the status is 78 at once).
                """
        )

        @OptionGroup var options: ConfigOptions

        @Flag(help: "Never ring the terminal bell on a punch (as [kiosk] beep = false).")
        var noBell = false

        func run() async throws {
            let launchedAt = Date()
            // Two arenas for two cores: per-thread arenas (camera, recognition, UI, pool) each kept their garbage.
            MemoryCleanup.limitArenas(to: 2)
            let configuration = try await loadConfiguration()
            KioskLogging.bootstrap(.file(path: configuration.kiosk.logFile))
            let logger = Logger(label: "kiosk")
            logger.info("kiosk run", metadata: ["config": "\(options.source)", "pid": "\(ProcessInfo.processInfo.processIdentifier)"])
            let runtime = KioskRuntime(configuration: configuration, configurationSource: options.source, logger: logger)
            let status = try await KioskTerminal.run(runtime: runtime, isBellEnabled: configuration.kiosk.beep && !noBell,
                                                     launchedAt: launchedAt)
            if status != 0 { throw ExitCode(status) }
        }

        /// The configuration phase: a configuration that cannot be used waits on the panel until it is fixed.
        private func loadConfiguration() async throws -> KioskConfiguration {
            let error: ConfigError
            do {
                return try options.loadChecked()
            } catch let problem {
                error = problem
            }
            let watch = ConfigurationWatch(file: options.file, error: error) { [options] () throws(ConfigError) in
                try options.loadChecked()
            }
            let ending: KioskTerminal.ConfigurationEnding
            do {
                ending = try await KioskTerminal.waitForConfiguration(watch, language: ConfigOptions.language)
            } catch {
                throw ConfigOptions.exit(printing: watch.error)
            }
            switch ending {
            case .fixed(let configuration):
                return configuration
            case .quit(let latest):
                throw ConfigOptions.exit(printing: latest)
            case .signal(let number):
                throw ExitCode(128 + number)
            }
        }
    }
}
