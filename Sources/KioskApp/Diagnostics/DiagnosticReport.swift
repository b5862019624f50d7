import Attendance
import Foundation
public import Vocabulary

/// The checks of one diagnostics run, as shown on the technician screen and printed by `kiosk diagnose`.
public struct DiagnosticReport: Hashable, Sendable, Codable {
    public var checks: [DiagnosticCheck]

    public init(checks: [DiagnosticCheck]) { self.checks = checks }

    /// True when no check failed (warnings pass).
    public var passed: Bool { !checks.contains { $0.verdict == .failed } }

    /// One line per check (`✓`, `!` or `✗`, title, detail) and an indented fix under each failure.
    public func text(_ language: Language) -> String {
        var lines: [String] = []
        for check in checks {
            let mark = switch check.verdict {
            case .ok: "✓"
            case .warning: "!"
            case .failed: "✗"
            }
            lines.append("\(mark) \(check.title.text(language)): \(check.detail.text(language))")
            if let fix = check.fix { lines.append("    → \(fix.text(language))") }
        }
        let failed = checks.filter { $0.verdict == .failed }.count
        lines.append(passed
            ? Bilingual(es: "Todo correcto (\(checks.count) comprobaciones).",
                         en: "All good (\(checks.count) checks).").text(language)
            : Bilingual(es: "\(failed) comprobación(es) fallida(s).", en: "\(failed) check(s) failed.").text(language))
        return lines.joined(separator: "\n")
    }

    /// Pretty-printed JSON of every check, both languages included.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
