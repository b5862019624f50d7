import ArgumentParser
import Attendance
import Foundation
import KioskApp
import KioskStore
import Vocabulary

extension Kiosk {
    /// `kiosk export`: the day records of a date range as CSV.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the attendance of a date range as CSV (RFC 4180, UTF-8).",
            discussion: "Columns: date, employee_code, employee_name, shift, first_in, last_out, status, minutes_late, minutes_worked, flags."
        )

        @OptionGroup var options: ConfigOptions

        @Option(help: "First date, YYYY-MM-DD.", transform: Export.date)
        var from: LocalDate

        @Option(help: "Last date, YYYY-MM-DD (default: the first date).", transform: Export.date)
        var to: LocalDate?

        @Option(help: "CSV file to write.")
        var out: String

        static func date(_ text: String) throws -> LocalDate {
            guard let date = LocalDate(text) else { throw ValidationError("'\(text)' is not a date: expected YYYY-MM-DD, e.g. 2026-11-30") }
            return date
        }

        func validate() throws {
            if let to, to < from { throw ValidationError("--to \(to) is before --from \(from)") }
        }

        func run() async throws {
            let configuration = try options.load()
            let language = configuration.kiosk.displayLanguage
            let store = try await KioskStore.open(configuration)
            do {
                let rows = try await store.exportCSV(from: from, to: to ?? from, toFile: out)
                print(Bilingual(es: "\(rows) filas escritas en \(out)", en: "\(rows) rows written to \(out)").text(language))
            } catch let error as StoreError {
                throw ValidationError(error.sentence(in: language))
            }
        }
    }
}
