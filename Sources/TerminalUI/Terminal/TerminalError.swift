/// A terminal session that could not start.
public struct TerminalError: Error, Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What went wrong.
    public struct Code: Hashable, Sendable {
        private enum Internal: Hashable, Sendable {
            case cannotOpenTerminal
            case sessionAlreadyRunning
        }

        private let value: Internal

        /// ncurses could not set up the terminal (TERM unset or unknown, or no terminal attached).
        public static let cannotOpenTerminal = Code(value: .cannotOpenTerminal)
        /// Another `TerminalSession` is running in this process (ncurses has one screen).
        public static let sessionAlreadyRunning = Code(value: .sessionAlreadyRunning)
    }

    /// What went wrong.
    public let code: Code
    /// The TERM value in effect, if any.
    public let term: String?
    /// Where the error was raised.
    public let file: String
    /// Where the error was raised.
    public let line: Int

    init(_ code: Code, term: String? = nil, file: String = #fileID, line: Int = #line) {
        self.code = code
        self.term = term
        self.file = file
        self.line = line
    }

    /// A plain message that says what to do next.
    public var description: String {
        switch code {
        case .cannotOpenTerminal:
            let shown = term.map { "'\($0)'" } ?? "unset"
            return "Cannot open the terminal (TERM is \(shown)). Run the kiosk on a text console or terminal emulator, "
                + "or set TERM to a known terminal such as xterm-256color."
        default:
            return "A terminal session is already running in this process; end it before starting another."
        }
    }

    /// The message plus where it was raised.
    public var debugDescription: String { "\(description) [\(file):\(line)]" }
}
