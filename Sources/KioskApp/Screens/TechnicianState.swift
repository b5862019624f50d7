public import Attendance
public import TerminalUI
public import Vocabulary

/// The technician's screen state: the last diagnostics report, and which view is open.
public struct TechnicianState: Sendable {
    /// What the body shows.
    public enum View: Hashable, Sendable {
        /// The checks with their verdicts and fixes.
        case checks
        /// The recognition test on the live frame (nil while it runs).
        case recognitionTest([Bilingual]?)
        /// The log's last lines (nil while they are read).
        case log([String]?)
        /// The sync detail: server, queue by kind, last success and error, clock skew (nil while it is read).
        case sync([Bilingual]?)
        /// Registering this kiosk with a one-time code.
        case register(RegistrationForm)
    }

    /// Who opened the screen (their own PIN); acknowledgements name them.
    public let technician: Employee
    /// The last report.
    public var report: DiagnosticReport?
    /// True while the checks run.
    public var isRunning = true
    /// The open view.
    public var view: View = .checks
    /// The first line shown (↑/↓ scroll long reports).
    public var scrollOffset = 0
    /// The line above the keys (alarms acknowledged, a sync round's result, an error).
    public var notice: Span?
    /// True while a "sync now" round runs.
    public var isSyncing = false

    /// The screen for `technician`, with the checks about to run.
    public init(technician: Employee) {
        self.technician = technician
    }
}
