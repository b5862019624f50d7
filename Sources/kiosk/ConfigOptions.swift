import ArgumentParser
import Attendance
import Foundation
import KioskConfig
import Vocabulary

/// `--config`, shared by every subcommand, and the loading of the configuration it names.
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: "Configuration file (default: $KIOSK_CONFIG, else ./kiosk.conf, else built-in defaults).")
    var config: String?

    /// The file to read, or nil for the built-in defaults.
    var file: String? {
        if let config { return config }
        if let fromEnvironment = ProcessInfo.processInfo.environment[ConfigLoader.fileVariable] { return fromEnvironment }
        return FileManager.default.fileExists(atPath: "kiosk.conf") ? "kiosk.conf" : nil
    }

    /// Where the configuration came from, for messages and diagnostics.
    var source: String { file ?? "(built-in defaults)" }

    /// Loads the configuration, or prints the problem (in the language of `$LANG`) and exits with status 78
    /// (EX_CONFIG).
    func load() throws -> KioskConfiguration {
        do {
            return try loadChecked()
        } catch {
            throw Self.exit(printing: error)
        }
    }

    /// Loads the configuration: the file, then the `KIOSK_<SECTION>_<KEY>` overrides.
    func loadChecked() throws(ConfigError) -> KioskConfiguration {
        try ConfigLoader.load(file: file, environment: ProcessInfo.processInfo.environment)
    }

    /// The language of messages printed before the configuration is known: `$LANG`'s.
    static var language: Language {
        (ProcessInfo.processInfo.environment["LANG"] ?? "").hasPrefix("es") ? .es : .en
    }

    /// Prints the problem on standard error; the exit with status 78 (EX_CONFIG) to throw.
    static func exit(printing error: ConfigError) -> ExitCode {
        FileHandle.standardError.write(Data("kiosk: \(error.message(in: language))\n".utf8))
        return ExitCode(78)
    }
}
