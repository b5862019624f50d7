import Foundation
import Vocabulary

/// Everything a frame source shares between its capture thread and its consumers: the one-frame slot,
/// the counters, the status, and the capture thread's lifecycle.
///
/// `@unchecked Sendable` is safe because every stored `var` is read and written only while `condition`
/// is locked; `condition` itself is thread-safe and the `let`s never change.
final class CaptureState: @unchecked Sendable {
    private let condition = NSCondition()
    private let onStatusChange: (@Sendable (CaptureStatus) -> Void)?
    private var frame: Frame?
    private var frameRead = true
    private var counters = CaptureStatistics()
    private var recentTimestamps: [Duration] = []
    private var currentStatus: CaptureStatus = .starting
    private var running = false
    private var stopRequested = false

    /// How many recent timestamps the frame rate is measured over.
    private static let rateWindow = 30

    init(onStatusChange: (@Sendable (CaptureStatus) -> Void)? = nil) {
        self.onStatusChange = onStatusChange
    }

    // MARK: - Capture thread side

    /// Publishes a picture as the newest frame, replacing (and counting as dropped) an unread one.
    func publish(_ image: RGBImage, timestamp: Duration) {
        condition.lock()
        counters.frames += 1
        if !frameRead { counters.dropped += 1 }
        frame = Frame(image: image, timestamp: timestamp, sequence: UInt64(counters.frames))
        frameRead = false
        recentTimestamps.append(timestamp)
        if recentTimestamps.count > Self.rateWindow { recentTimestamps.removeFirst() }
        if let first = recentTimestamps.first, let last = recentTimestamps.last, last > first {
            counters.measuredFPS = Double(recentTimestamps.count - 1) / seconds(last - first)
        }
        condition.broadcast()
        condition.unlock()
    }

    func countDropped(_ count: Int) { update { $0.dropped += count } }
    func countSkipped() { update { $0.skipped += 1 } }
    func countReconnect() { update { $0.reconnects += 1 } }

    /// Sets the status and tells the observer (outside the lock, so it may read the source).
    func setStatus(_ status: CaptureStatus) {
        condition.lock()
        let changed = currentStatus != status
        currentStatus = status
        condition.broadcast()
        condition.unlock()
        if changed { onStatusChange?(status) }
    }

    /// True once `stop()` has been asked for; the capture loop checks it between frames.
    var isStopRequested: Bool {
        condition.lock()
        defer { condition.unlock() }
        return stopRequested
    }

    /// Waits up to `duration` of wall time, returning early (false) when a stop is requested.
    func pause(for duration: Duration) -> Bool {
        let deadline = Date(timeIntervalSinceNow: seconds(duration))
        condition.lock()
        defer { condition.unlock() }
        while !stopRequested {
            if !condition.wait(until: deadline) { break }
        }
        return !stopRequested
    }

    // MARK: - Consumer side

    func latest() -> Frame? {
        condition.lock()
        defer { condition.unlock() }
        if frame != nil { frameRead = true }
        return frame
    }

    func waitForFrame(newerThan sequence: UInt64, timeout: Duration) -> Frame? {
        let deadline = Date(timeIntervalSinceNow: seconds(timeout))
        condition.lock()
        defer { condition.unlock() }
        while (frame?.sequence ?? 0) <= sequence {
            if !condition.wait(until: deadline) { return nil }
        }
        frameRead = true
        return frame
    }

    /// Blocks until the capture thread has finished (a replay ended or failed), or `timeout` passes.
    func waitUntilFinished(timeout: Duration) -> Bool {
        let deadline = Date(timeIntervalSinceNow: seconds(timeout))
        condition.lock()
        defer { condition.unlock() }
        while running {
            if !condition.wait(until: deadline) { return false }
        }
        return true
    }

    var statistics: CaptureStatistics {
        condition.lock()
        defer { condition.unlock() }
        return counters
    }

    var status: CaptureStatus {
        condition.lock()
        defer { condition.unlock() }
        return currentStatus
    }

    // MARK: - Thread lifecycle

    /// Runs `body` on a new Foundation thread unless one is already running.
    func startThread(name: String, body: @escaping @Sendable () -> Void) {
        condition.lock()
        guard !running else {
            condition.unlock()
            return
        }
        running = true
        stopRequested = false
        condition.unlock()
        let thread = Thread { [self] in
            body()
            condition.lock()
            running = false
            condition.broadcast()
            condition.unlock()
        }
        thread.name = name
        thread.start()
    }

    /// Asks the capture thread to stop and waits until it has.
    func stopThread() {
        condition.lock()
        stopRequested = true
        condition.broadcast()
        while running { condition.wait() }
        condition.unlock()
    }

    private func update(_ change: (inout CaptureStatistics) -> Void) {
        condition.lock()
        change(&counters)
        condition.unlock()
    }

    private func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
