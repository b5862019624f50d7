#if canImport(Glibc)
import Glibc
#endif
public import Attendance
public import Foundation
public import KioskConfig
import Logging
import TerminalUI
public import Vocabulary

/// Runs the kiosk's terminal UI over a runtime: the start-up in the background, the screens on the UI
/// thread, and the runtime's shutdown when the UI ends (F10, SIGINT or SIGTERM).
public enum KioskTerminal {
    /// Starts `runtime` and shows its screens until the person at the terminal quits or a signal arrives.
    ///
    /// While the UI owns the terminal, standard error (when it is that terminal) is silenced so stray
    /// writes cannot scribble over the screen. The start-up notices (first-run PINs) are printed again on
    /// standard output once the terminal is restored, when it is a terminal; never on standard error or the log.
    ///
    /// - Parameters:
    ///   - runtime: the kiosk, not started yet.
    ///   - isBellEnabled: whether a punch rings the terminal bell.
    ///   - launchedAt: when the process started, for the "ready after" log lines.
    /// - Returns: the exit status: 0 after F10, 128 + the signal's number after a signal.
    /// - Throws: `TerminalError` when the terminal cannot be opened (no TERM, not a terminal).
    public static func run(runtime: KioskRuntime, isBellEnabled: Bool, launchedAt: Date = Date()) async throws -> Int32 {
        let logger = Logger(label: "kiosk.ui")
        let session = TerminalSession<KioskEvent>(options: TerminalOptions(isBellEnabled: isBellEnabled))
        runtime.onChange { session.post(.refresh, replacing: \.isRefresh) }
        runtime.startStatusFile()
        let startup = Task { await runtime.start() }
        let silenced = StandardErrorSilencer()
        let exit: TerminalExit
        do {
            exit = try await session.run { KioskScreens(runtime: runtime, launchedAt: launchedAt, post: { session.post($0) }) }
        } catch {
            silenced.restore()
            startup.cancel()
            await runtime.shutdown()
            throw error
        }
        silenced.restore()
        await runtime.shutdown()
        // The first-run PINs go to standard output only when it is a terminal: never to a log or a pipe.
        if isatty(STDOUT_FILENO) == 1 {
            for notice in runtime.progress.noticesSnapshot() {
                FileHandle.standardOutput.write(Data("kiosk: \(notice.text(runtime.language))\n".utf8))
            }
        }
        logger.info("kiosk stopped", metadata: ["exit": "\(exit)"])
        switch exit {
        case .quit, .stopRequested: return 0
        case .signal(let number): return 128 + number
        }
    }
}

extension KioskTerminal {
    /// How the wait for a usable configuration ended.
    public enum ConfigurationEnding: Sendable {
        /// The file was fixed and loads: the start-up goes on with it.
        case fixed(KioskConfiguration)
        /// F10: the kiosk ends (with the configuration's exit status); the problem still on screen.
        case quit(ConfigError)
        /// SIGINT or SIGTERM.
        case signal(Int32)
    }

    /// The configuration phase of a kiosk whose `kiosk.conf` cannot be used: shows the start-up panel with the
    /// problem and its fix (file, line, key) and waits until the file is saved fixed or the technician quits.
    ///
    /// - Throws: `TerminalError` when there is no terminal to show it on (the caller then prints the problem).
    public static func waitForConfiguration(_ watch: ConfigurationWatch, language: Language) async throws -> ConfigurationEnding {
        let session = TerminalSession<Never>()
        let latest = ConfigurationScreen.Latest(watch.error)
        let silenced = StandardErrorSilencer()
        defer { silenced.restore() }
        let exit = try await session.run { ConfigurationScreen(watch: watch, language: language, latest: latest) }
        if case .signal(let number) = exit { return .signal(number) }
        switch latest.value.withLock({ $0 }) {
        case .success(let configuration): return .fixed(configuration)
        case .failure(let error): return .quit(error)
        }
    }
}

/// Points standard error at /dev/null while it is a terminal (the one the UI draws on), and puts it back.
private struct StandardErrorSilencer {
    private let saved: Int32

    init() {
        let null = isatty(STDERR_FILENO) == 1 ? open("/dev/null", O_WRONLY) : -1
        guard null >= 0 else {
            saved = -1
            return
        }
        saved = dup(STDERR_FILENO)
        dup2(null, STDERR_FILENO)
        close(null)
    }

    /// Gives standard error back (idempotent enough: restoring twice writes the same descriptor).
    func restore() {
        guard saved >= 0 else { return }
        dup2(saved, STDERR_FILENO)
    }
}
