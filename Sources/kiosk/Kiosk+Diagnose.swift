import ArgumentParser
import Attendance
import Foundation
import KioskApp
import KioskStore
import Vocabulary

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

        @Flag(help: """
            Check the running kiosk through [kiosk] status_file (Docker's HEALTHCHECK, the systemd health timer): \
            fails when no kiosk runs, or it, its screen, camera or recognition stopped answering. Never opens the database.
            """)
        var health = false

        @Option(name: .long, help: "With --health: the oldest sign of life accepted, in seconds.")
        var maxAge: Double = KioskHealth.defaultMaxAge

        func run() async throws {
            let configuration = try options.load()
            let language = configuration.kiosk.displayLanguage
            if health {
                try checkHealth(configuration.kiosk.statusFile, language: language)
                return
            }
            // A database that does not exist yet is created by `kiosk run`; diagnose never creates one.
            let exists = FileManager.default.fileExists(atPath: configuration.database.path)
            var store: KioskStore?
            if exists {
                store = try? await KioskStore.open(configuration)
            }
            let report = await Diagnostics(configuration: configuration, configurationSource: options.source, store: store).run()
            if json {
                print(try report.json())
            } else {
                print(report.text(language))
                if !exists {
                    print(Bilingual(es: "(la base de datos \(configuration.database.path) aún no existe: `kiosk run` la crea)",
                                    en: "(the database \(configuration.database.path) does not exist yet: `kiosk run` creates it)").text(language))
                }
            }
            if !report.passed { throw ExitCode.failure }
        }

        /// `--health`: the status file only, so a health check can never lock, migrate or move the database.
        private func checkHealth(_ statusFile: String, language: Language) throws {
            guard maxAge > 0 else {
                throw ValidationError(Bilingual(es: "--max-age debe ser positivo, no \(maxAge)",
                                                en: "--max-age must be positive, not \(maxAge)").text(language))
            }
            let (status, problems) = KioskHealth(maxAge: maxAge).check(statusFile: statusFile)
            guard problems.isEmpty, let status else {
                let what = Bilingual(es: "no sano", en: "unhealthy").text(language)
                print("\(what): " + problems.map { $0.text.text(language) }.joined(separator: "; "))
                throw ExitCode.failure
            }
            let age = Int(Date().timeIntervalSince(status.updatedAt))
            print(Bilingual(es: "sano: quiosco pid \(status.pid), estado de hace \(age) s",
                            en: "healthy: kiosk pid \(status.pid), status \(age) s old").text(language))
        }
    }
}
