import ArgumentParser
import Foundation
import KioskApp
import KioskStore

extension Kiosk {
    /// `kiosk diagnose`: the technician's checks without the terminal UI.
    struct Diagnose: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the kiosk's checks and print each verdict with its fix.",
            discussion: "Exit status 0 when no check failed (warnings pass), 1 otherwise."
        )

        @OptionGroup var options: ConfigOptions

        @Flag(help: "Print the checks as JSON.")
        var json = false

        @Flag(help: "Fast liveness check for Docker's HEALTHCHECK: configuration loads and the database opens.")
        var health = false

        func run() async throws {
            let configuration = try options.load()
            let language = configuration.kiosk.displayLanguage
            // A database that does not exist yet is created by `kiosk run`; diagnose never creates one.
            let exists = FileManager.default.fileExists(atPath: configuration.database.path)
            var store: KioskStore?
            var openError: (any Error)?
            if exists {
                do { store = try await KioskStore.open(configuration) } catch { openError = error }
            }
            if health {
                if let openError {
                    print(language == .es ? "no sano: \(openError)" : "unhealthy: \(openError)")
                    throw ExitCode.failure
                }
                print(language == .es ? "sano" : "healthy")
                return
            }
            let report = await Diagnostics(configuration: configuration, configurationSource: options.source, store: store).run()
            if json {
                print(try report.json())
            } else {
                print(report.text(language))
                if !exists {
                    print(language == .es
                        ? "(la base de datos \(configuration.database.path) aún no existe: `kiosk run` la crea)"
                        : "(the database \(configuration.database.path) does not exist yet: `kiosk run` creates it)")
                }
            }
            if !report.passed { throw ExitCode.failure }
        }
    }
}
