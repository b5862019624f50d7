import ArgumentParser
import Attendance
import Foundation
import KioskApp
import KioskStore
import KioskSync
import Vocabulary

extension Kiosk {
    /// `kiosk register --code CODE [--server URL] [--name NAME]`: joins this kiosk to the central server.
    struct Register: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register this kiosk with the central server using a one-time code from the administrator.",
            discussion: """
                Redeems the code (POST /api/v1/kiosks/register), writes the token to [server] token_file with mode \
                0600 (never over an existing one: run `kiosk unregister` first) and keeps the server's kiosk id and \
                site in the kiosk database. --server defaults to [server] url; kiosk.conf is not rewritten, so set \
                [server] url there for the kiosk to sync.
                """
        )

        @OptionGroup var options: ConfigOptions

        @Option(help: "The server's base URL (default: [server] url of kiosk.conf).")
        var server: String?

        @Option(help: "The one-time registration code the administrator made.")
        var code: String

        @Option(help: "This door's name as the administrator sees it (default: [kiosk] name).")
        var name: String?

        func run() async throws {
            let configuration = try options.load()
            let language = configuration.kiosk.displayLanguage
            let configuredURL = configuration.server.url.trimmingCharacters(in: .whitespaces)
            let url = server ?? configuredURL
            let store = try await KioskStore.open(configuration)
            let outcome: KioskRegistration.Outcome
            do {
                outcome = try await KioskRegistration.register(serverURL: url, code: code, name: name ?? configuration.kiosk.name,
                                                               tokenFile: configuration.server.tokenFile, store: store)
            } catch let error as SyncError {
                throw Kiosk.refusal(error.sentence(in: language))
            }
            print(outcome.summary(in: language))
            if configuredURL.isEmpty {
                print(Bilingual(es: "kiosk.conf no tiene [server] url: póngala (url = \"\(url)\") para que el quiosco sincronice.",
                                en: "kiosk.conf has no [server] url: set it (url = \"\(url)\") for the kiosk to sync.").text(language))
            } else if configuredURL != url {
                print(Bilingual(es: "Atención: [server] url de kiosk.conf es \(configuredURL), no \(url); corríjala para que el quiosco sincronice con este servidor.",
                                en: "Note: [server] url in kiosk.conf is \(configuredURL), not \(url); change it for the kiosk to sync with this server.").text(language))
            }
        }
    }

    /// Prints `message` on stderr and gives exit status 1 (not a usage error: the command line was right).
    static func refusal(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("kiosk: \(message)\n".utf8))
        return ExitCode(1)
    }
}
