import Foundation
import Logging

/// Time spent building each screen, measured on the UI thread and logged every `period` seconds: how many
/// draws, their mean and worst time, and the share of the UI thread's wall time they took (the cost of the
/// 15 fps preview). Terminal output by ncurses is not included.
///
/// A class because `TerminalApplication.draw` is not mutating; it is only touched by the UI thread.
final class DrawStatistics {
    private let logger: Logger
    private let period: TimeInterval
    private var windowStart = Date()
    private var draws = 0
    private var total: TimeInterval = 0
    private var worst: TimeInterval = 0
    /// When the last draw happened, to pace the preview.
    private(set) var lastDraw = Date.distantPast
    /// Every draw since the start: count and total time.
    private(set) var allDraws = 0
    private(set) var allTime: TimeInterval = 0

    init(logger: Logger, period: TimeInterval = 30) {
        self.logger = logger
        self.period = period
    }

    /// Records one draw that started at `start` and took `seconds`.
    func record(start: Date, seconds: TimeInterval) {
        lastDraw = start
        draws += 1
        total += seconds
        worst = max(worst, seconds)
        allDraws += 1
        allTime += seconds
        let window = start.timeIntervalSince(windowStart)
        guard window >= period else { return }
        logger.info("ui draw statistics", metadata: [
            "draws": "\(draws)",
            "per_second": "\(String(format: "%.1f", Double(draws) / window))",
            "mean_ms": "\(String(format: "%.2f", total / Double(draws) * 1000))",
            "max_ms": "\(String(format: "%.2f", worst * 1000))",
            "share_percent": "\(String(format: "%.2f", total / window * 100))",
        ])
        windowStart = start
        draws = 0
        total = 0
        worst = 0
    }
}
