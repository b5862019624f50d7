import Attendance
import TerminalUI

// MARK: - How a verdict looks

extension DiagnosticCheck.Verdict {
    /// "✓", "!" or "✗": the verdict readable without colour.
    var mark: String {
        switch self {
        case .ok: "✓"
        case .warning: "!"
        case .failed: "✗"
        }
    }

    /// The verdict as a word, with its mark ("✓ correcto", "! degradado", "✗ fallido").
    func word(_ language: Language) -> String {
        switch self {
        case .ok: mark + ScreenFormat.pick(language, " correcto", " ok")
        case .warning: mark + ScreenFormat.pick(language, " degradado", " degraded")
        case .failed: mark + ScreenFormat.pick(language, " fallido", " failed")
        }
    }

    /// Green, yellow or red.
    var role: StyleRole {
        switch self {
        case .ok: .ok
        case .warning: .warn
        case .failed: .error
        }
    }
}
