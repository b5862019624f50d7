/// Why a `TerminalSession` ended; the terminal is restored in every case.
public enum TerminalExit: Hashable, Sendable {
    /// The application called `TerminalContext.quit()`.
    case quit
    /// Another thread called `TerminalSession.requestStop()`.
    case stopRequested
    /// SIGINT or SIGTERM arrived (its number); shut down, then exit with status 128 + signal.
    case signal(Int32)
}
