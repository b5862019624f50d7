public import Foundation
import Synchronization
public import Vocabulary

/// The live state of the start-up, shared by the sequence (which writes it) and the panel (which draws it
/// from snapshots on the UI thread).
public final class StartupProgress: Sendable {
    /// One phase's line on the panel.
    public struct Line: Hashable, Sendable {
        public var phase: StartupPhase
        /// 0...1 while running.
        public var fraction: Double = 0
        public var startedAt: Date?
        public var elapsed: TimeInterval?
        /// Set once the phase ended.
        public var outcome: PhaseOutcome?
        /// What the phase is doing right now ("checking SHA-256 of …").
        public var activity: Bilingual?
    }

    private let lines: Mutex<[Line]>
    /// Messages shown once under the panel (the first-run PINs).
    private let notices: Mutex<[Bilingual]>

    public init() {
        lines = Mutex(StartupPhase.allCases.map { Line(phase: $0) })
        notices = Mutex([])
    }

    /// Every phase's line, in order.
    public func snapshot() -> [Line] { lines.withLock { $0 } }

    /// Notices to show on the panel.
    public func noticesSnapshot() -> [Bilingual] { notices.withLock { $0 } }

    /// The order phases were started in, for the panel's test and the log.
    public var started: [StartupPhase] {
        snapshot().filter { $0.startedAt != nil }.sorted { $0.startedAt! < $1.startedAt! }.map(\.phase)
    }

    func begin(_ phase: StartupPhase, at date: Date) {
        update(phase) { $0.startedAt = date; $0.fraction = 0 }
    }

    /// Reports progress within a running phase.
    public func report(_ phase: StartupPhase, fraction: Double, activity: Bilingual? = nil) {
        update(phase) {
            $0.fraction = max(0, min(1, fraction))
            if let activity { $0.activity = activity }
        }
    }

    func finish(_ phase: StartupPhase, outcome: PhaseOutcome, elapsed: TimeInterval) {
        update(phase) {
            $0.fraction = 1
            $0.outcome = outcome
            $0.elapsed = elapsed
            $0.activity = nil
        }
    }

    /// Adds a notice (shown once, e.g. a first-run PIN).
    public func notice(_ text: Bilingual) { notices.withLock { $0.append(text) } }

    private func update(_ phase: StartupPhase, _ change: (inout Line) -> Void) {
        lines.withLock { all in
            if let i = all.firstIndex(where: { $0.phase == phase }) { change(&all[i]) }
        }
    }
}
