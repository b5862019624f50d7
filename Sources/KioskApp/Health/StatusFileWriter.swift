import Foundation
import Synchronization

/// Rewrites the kiosk's status file every ``interval`` seconds on a dedicated thread (a file write blocks),
/// atomically (a temporary file renamed over it), and removes it when the kiosk stops, so a stopped kiosk
/// has no file and a frozen one has a stale file.
final class StatusFileWriter: Sendable {
    /// Seconds between writes.
    static let interval: TimeInterval = 2

    private let path: String
    private let makeStatus: @Sendable (Date) -> KioskStatus
    /// True once stopped: no write may follow the removal.
    private let stopped = Mutex(false)

    /// - Parameters:
    ///   - path: `[kiosk] status_file`.
    ///   - makeStatus: the status at a given instant (called on the writer's thread).
    init(path: String, makeStatus: @escaping @Sendable (Date) -> KioskStatus) {
        self.path = path
        self.makeStatus = makeStatus
    }

    /// Starts the writer thread; the first write happens at once.
    func start(onFailure: @escaping @Sendable (String) -> Void) {
        let thread = Thread { [self] in
            var reported = false
            while !stopped.withLock({ $0 }) {
                if let failure = write(), !reported {
                    // Logged once: a full disk must not fill the log every 2 s.
                    onFailure(failure)
                    reported = true
                }
                Thread.sleep(forTimeInterval: Self.interval)
            }
        }
        thread.name = "status-file"
        thread.start()
    }

    /// Stops writing and removes the file.
    func stop() {
        stopped.withLock { isStopped in
            isStopped = true
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// Writes the status now; returns why it could not.
    private func write() -> String? {
        let status = makeStatus(Date())
        return stopped.withLock { isStopped -> String? in
            guard !isStopped else { return nil }
            do {
                let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try status.encoded().write(to: URL(fileURLWithPath: path), options: .atomic)
                return nil
            } catch {
                return "\(path): \(error)"
            }
        }
    }
}
