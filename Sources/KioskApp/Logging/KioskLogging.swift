public import Logging
import Foundation

/// Where the kiosk's log goes: stderr for command-line use, a file while the terminal UI owns the screen.
public enum KioskLogging {
    /// Destination of the process's log.
    public enum Destination: Sendable {
        case standardError
        case file(path: String)
    }

    /// Sets up swift-log once for the process. Falls back to stderr, saying why, when the file cannot be
    /// opened (a full disk must not stop the kiosk).
    public static func bootstrap(_ destination: Destination, level: Logger.Level = .info) {
        switch destination {
        case .standardError:
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = level
                return handler
            }
        case .file(let path):
            do {
                let factory = try FileLogHandler.makeFactory(path: path)
                LoggingSystem.bootstrap { label in
                    var handler = factory(label)
                    handler.logLevel = level
                    return handler
                }
            } catch {
                FileHandle.standardError.write(Data("kiosk: cannot write the log to \(path) (\(error)); logging to stderr\n".utf8))
                bootstrap(.standardError, level: level)
            }
        }
    }
}
