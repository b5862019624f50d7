import ArgumentParser
import Foundation
import Vocabulary

/// `kiosk`: the Asistencia door kiosk and its maintenance commands.
@main
struct Kiosk: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk",
        abstract: "Asistencia: face-recognition attendance kiosk.",
        discussion: """
            Reads kiosk.conf (--config, else $KIOSK_CONFIG, else ./kiosk.conf, else the built-in demo \
            defaults) with KIOSK_<SECTION>_<KEY> environment overrides.
            """,
        subcommands: [Run.self, Badge.self, Bench.self, Diagnose.self, Enroll.self, Export.self, Pin.self, Register.self, Unregister.self],
        defaultSubcommand: Run.self
    )

    /// The language of messages printed before (or without) a configuration: Spanish when `$LANG` is.
    static var terminalLanguage: Language {
        (ProcessInfo.processInfo.environment["LANG"] ?? "").hasPrefix("es") ? .es : .en
    }

    /// Runs the command; an error that speaks to people (`LocalizedMessage`) is printed as its message and
    /// fix rather than its debug text.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let error as any LocalizedMessage {
            FileHandle.standardError.write(Data("kiosk: \(error.sentence(in: terminalLanguage))\n".utf8))
            exit(withError: ExitCode(1))
        } catch {
            exit(withError: error)
        }
    }
}
