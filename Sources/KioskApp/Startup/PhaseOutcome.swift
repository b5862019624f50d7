/// How a start-up phase ended, as the panel shows it.
public struct PhaseOutcome: Hashable, Sendable {
    /// Done: all is well.
    public static func ok(_ detail: Bilingual) -> PhaseOutcome { PhaseOutcome(verdict: .ok, detail: detail, fix: nil) }

    /// Done, but the kiosk runs degraded (no camera → PIN only; no server → offline queue).
    public static func degraded(_ detail: Bilingual, fix: Bilingual) -> PhaseOutcome {
        PhaseOutcome(verdict: .warning, detail: detail, fix: fix)
    }

    /// Failed; the kiosk cannot work without it.
    public static func failed(_ detail: Bilingual, fix: Bilingual) -> PhaseOutcome {
        PhaseOutcome(verdict: .failed, detail: detail, fix: fix)
    }

    public var verdict: DiagnosticCheck.Verdict
    public var detail: Bilingual
    public var fix: Bilingual?
}
