import Foundation

/// A schema `pattern`, compiled once and matched against the whole string: the document's patterns are
/// anchored with `^…$`, and `$` must not let a trailing newline through (ECMA-262's reading, not ICU's).
struct CompiledPattern: Sendable {
    /// NSRegularExpression is immutable once made and documented as safe to share between threads.
    nonisolated(unsafe) private let expression: NSRegularExpression

    init(_ pattern: String) throws {
        expression = try NSRegularExpression(pattern: pattern)
    }

    func matchesWhole(_ text: String) -> Bool {
        let whole = NSRange(text.startIndex..., in: text)
        guard let match = expression.firstMatch(in: text, options: [], range: whole) else { return false }
        return match.range == whole
    }
}
