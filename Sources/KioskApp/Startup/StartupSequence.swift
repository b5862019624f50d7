import Foundation
public import Logging
import Vocabulary

/// Runs the start-up phases in `StartupPhase` order, timing each and recording its outcome in a
/// `StartupProgress` for the panel.
///
/// A phase that throws is recorded as failed with the error's message and fix (`PhaseOutcome.failed(_:)`); the sequence goes on, so the kiosk
/// comes up degraded where it can (no camera → PIN only) instead of exiting.
public struct StartupSequence: Sendable {
    /// A phase's work: reports progress, returns the outcome.
    public typealias Step = @Sendable (StartupProgress) async throws -> PhaseOutcome

    private var steps: [StartupPhase: Step] = [:]
    private let logger: Logger

    public init(logger: Logger) { self.logger = logger }

    /// Sets the work of `phase`; a phase without work is skipped (left pending on the panel).
    public mutating func on(_ phase: StartupPhase, _ step: @escaping Step) {
        steps[phase] = step
    }

    /// Runs every phase that has work, in order.
    /// - Returns: the outcome of each phase that ran.
    @discardableResult
    public func run(progress: StartupProgress) async -> [StartupPhase: PhaseOutcome] {
        var outcomes: [StartupPhase: PhaseOutcome] = [:]
        for phase in StartupPhase.allCases {
            guard let step = steps[phase] else { continue }
            let start = Date()
            progress.begin(phase, at: start)
            let outcome: PhaseOutcome
            do {
                outcome = try await step(progress)
            } catch {
                logger.error("start-up phase failed", metadata: ["phase": "\(phase)", "error": "\(error)"])
                outcome = .failed(error)
            }
            let elapsed = Date().timeIntervalSince(start)
            progress.finish(phase, outcome: outcome, elapsed: elapsed)
            outcomes[phase] = outcome
            logger.info("start-up phase done", metadata: [
                "phase": "\(phase)", "verdict": "\(outcome.verdict.rawValue)",
                "ms": "\(Int(elapsed * 1000))", "detail": "\(outcome.detail.en)",
            ])
        }
        return outcomes
    }
}
