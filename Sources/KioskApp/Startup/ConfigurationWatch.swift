public import Attendance
import Foundation
public import KioskConfig
public import Vocabulary

/// The configuration phase while `kiosk.conf` cannot be used: holds the current problem, and loads the file
/// again each time its contents change, until it loads.
///
/// Only a change of the file's contents triggers a new attempt; an environment override's error cannot be
/// fixed by editing the file, and its fix says so (restart with the variable fixed).
public struct ConfigurationWatch: Sendable {
    /// Loads the configuration (the same loader as at start-up: the file, then the environment overrides).
    public typealias Load = @Sendable () throws(ConfigError) -> KioskConfiguration

    /// What a look at the file found.
    public enum Change: Sendable {
        /// The file is as when last tried: nothing new.
        case unchanged
        /// The file changed and still cannot be used (maybe for another reason, or on another line).
        case stillBroken(ConfigError)
        /// The file changed and now loads.
        case fixed(KioskConfiguration)
    }

    /// The file being watched (`--config`, `$KIOSK_CONFIG` or `./kiosk.conf`); nil for the built-in defaults.
    public let file: String?
    /// The problem on screen.
    public private(set) var error: ConfigError
    private let load: Load
    private var lastContents: Data?

    /// A watch over `file`, whose contents gave `error` with `load`.
    public init(file: String?, error: ConfigError, load: @escaping Load) {
        self.file = file
        self.error = error
        self.load = load
        lastContents = file.flatMap { FileManager.default.contents(atPath: $0) }
    }

    /// Reads the file; when its contents changed since the last attempt, loads the configuration again.
    public mutating func check() -> Change {
        guard let file else { return .unchanged }
        let contents = FileManager.default.contents(atPath: file)
        guard contents != lastContents else { return .unchanged }
        lastContents = contents
        do {
            return .fixed(try load())
        } catch {
            self.error = error
            return .stillBroken(error)
        }
    }

    /// Whether editing the watched file can fix `error` (an environment override's cannot).
    public var isFixableInFile: Bool {
        guard let file else { return false }
        return error.file == file
    }

    /// Where the problem is: `FILE`, `FILE:LINE`, and the key when known.
    public func place(in language: Language) -> String {
        var place = error.file
        if let line = error.line { place += ":\(line)" }
        if let key = error.key { place += Bilingual(es: ", clave \(key)", en: ", key \(key)").text(language) }
        return place
    }

    /// The fix, as the panel shows it under the problem.
    public var fix: Bilingual {
        let es = place(in: .es)
        let en = place(in: .en)
        guard isFixableInFile else {
            return Bilingual(
                es: "corrija \(es) y vuelva a arrancar el quiosco (F10 sale); nada más arranca sin configuración",
                en: "fix \(en) and start the kiosk again (F10 quits); nothing else starts without a configuration")
        }
        return Bilingual(
            es: "edite \(es) y guarde: el quiosco lo vuelve a leer y sigue arrancando (F10 sale)",
            en: "edit \(en) and save: the kiosk reads it again and goes on starting (F10 quits)")
    }
}
