import ArgumentParser
import Attendance
import Foundation
import KioskApp
import KioskStore
import Vocabulary

extension Kiosk {
    /// `kiosk pin`: PIN maintenance.
    struct Pin: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Manage personal PINs (stored only as PBKDF2 hashes).",
            subcommands: [Set.self]
        )

        /// `kiosk pin set --code CODE`.
        struct Set: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Set the PIN of an employee, supervisor or technician.",
                discussion: "Asks for the PIN twice on a terminal (not echoed); reads one line from standard input otherwise."
            )

            @OptionGroup var options: ConfigOptions

            @Option(help: "Employee code, e.g. S001.")
            var code: String

            func run() async throws {
                let configuration = try options.load()
                let language = configuration.kiosk.displayLanguage
                let pin = try PinPrompt.read(language: language)
                let store = try await KioskStore.open(configuration)
                do {
                    try await store.setPIN(code: EmployeeCode(code), pin: pin)
                } catch let error as StoreError {
                    throw ValidationError(error.sentence(in: language))
                }
                print(Bilingual(es: "PIN de \(code) cambiado.", en: "PIN of \(code) changed.").text(language))
            }
        }
    }
}
