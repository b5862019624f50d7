public import Vocabulary

/// One diagnostic check's outcome: what was checked, the verdict, what was seen, and the fix when it failed.
public struct DiagnosticCheck: Hashable, Sendable, Codable {
    /// How a check came out.
    public enum Verdict: String, Hashable, Sendable, Codable {
        case ok
        /// Works, but needs attention soon (disk filling up, clock not synchronised).
        case warning
        case failed
    }

    /// Stable identifier (`camera`, `models`, `database`, …) for scripts reading `--json`.
    public var id: String
    public var title: Bilingual
    public var verdict: Verdict
    /// What was seen ("3 files, sizes and SHA-256 ok").
    public var detail: Bilingual
    /// What to do about it; nil when all is well.
    public var fix: Bilingual?

    public init(id: String, title: Bilingual, verdict: Verdict, detail: Bilingual, fix: Bilingual? = nil) {
        self.id = id
        self.title = title
        self.verdict = verdict
        self.detail = detail
        self.fix = fix
    }
}
