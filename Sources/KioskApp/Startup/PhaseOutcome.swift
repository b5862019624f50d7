public import Vocabulary

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

    /// Failed with `error`: its message and fix in both languages, never its debug text.
    public static func failed(_ error: any Error) -> PhaseOutcome {
        let failure = ScreenFailure(error)
        return .failed(failure.bilingualMessage,
                       fix: failure.bilingualFix ?? Bilingual(es: "Ejecute `kiosk diagnose` para el informe completo.",
                                                              en: "Run `kiosk diagnose` for the full report."))
    }

    public var verdict: DiagnosticCheck.Verdict
    public var detail: Bilingual
    public var fix: Bilingual?
}
