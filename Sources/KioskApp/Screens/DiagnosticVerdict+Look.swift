import Attendance
import TerminalUI
import Vocabulary

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
        case .ok: mark + Bilingual(es: " correcto", en: " ok").text(language)
        case .warning: mark + Bilingual(es: " degradado", en: " degraded").text(language)
        case .failed: mark + Bilingual(es: " fallido", en: " failed").text(language)
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
