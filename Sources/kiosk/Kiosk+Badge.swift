import ArgumentParser
import Attendance
import Foundation
import KioskApp
import KioskStore
import Vocabulary

extension Kiosk {
    /// `kiosk badge`: badge (RFID card, barcode) numbers for check-in with a keyboard-wedge reader.
    struct Badge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Give an employee a badge number, or take it away.",
            discussion: """
                A keyboard-wedge reader types the badge's number and Enter at the check-in screen; the kiosk \
                punches its owner with method 'badge' when [checkin] methods includes "badge".
                """,
            subcommands: [Set.self, Clear.self]
        )

        /// `kiosk badge set --code CODE --badge NUMBER`.
        struct Set: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Set an employee's badge number (4–32 letters and digits; one person per badge).")

            @OptionGroup var options: ConfigOptions

            @Option(help: "Employee code, e.g. E003.")
            var code: String

            @Option(help: "The number the reader types, e.g. 0004521337.")
            var badge: String

            func run() async throws {
                let configuration = try options.load()
                let language = configuration.kiosk.displayLanguage
                let store = try await KioskStore.open(configuration)
                do {
                    try await store.setBadge(code: EmployeeCode(code), number: badge)
                } catch let refusal as BadgeRefusal {
                    throw ValidationError(refusal.message(in: language))
                }
                print(Bilingual(es: "Tarjeta de \(code) guardada.", en: "Badge of \(code) saved.").text(language))
            }
        }

        /// `kiosk badge clear --code CODE`.
        struct Clear: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Take an employee's badge away (a lost card).")

            @OptionGroup var options: ConfigOptions

            @Option(help: "Employee code, e.g. E003.")
            var code: String

            func run() async throws {
                let configuration = try options.load()
                let language = configuration.kiosk.displayLanguage
                let store = try await KioskStore.open(configuration)
                do {
                    try await store.clearBadge(code: EmployeeCode(code))
                } catch let refusal as BadgeRefusal {
                    throw ValidationError(refusal.message(in: language))
                }
                print(Bilingual(es: "Tarjeta de \(code) retirada.", en: "Badge of \(code) cleared.").text(language))
            }
        }
    }
}
