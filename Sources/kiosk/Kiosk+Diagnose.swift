import ArgumentParser
import Foundation
import KioskApp

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

        func run() async throws {
            let configuration = try options.load()
            let report = await Diagnostics(configuration: configuration, configurationSource: options.source).run()
            if json {
                print(try report.json())
            } else {
                print(report.text(configuration.kiosk.displayLanguage))
            }
            if !report.passed { throw ExitCode.failure }
        }
    }
}
