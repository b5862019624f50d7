public import Attendance
public import TerminalUI

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
    /// The line above the keys (alarms acknowledged, an error).
    public var notice: Span?

    /// The screen for `technician`, with the checks about to run.
    public init(technician: Employee) {
        self.technician = technician
    }
}
