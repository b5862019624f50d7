import Foundation
import Synchronization

extension KioskRuntime {
    /// The screen's thread went round its loop (called on each input timeout): the health check's sign
    /// that the screen is not stuck.
    public func screenAlive() {
        let now = clock()
        door.state.withLock { $0.screenAliveAt = now }
    }

    /// Starts rewriting `[kiosk] status_file` for `kiosk diagnose --health`; stopped by ``shutdown()``.
    public func startStatusFile() {
        let startedAt = clock()
        let pid = ProcessInfo.processInfo.processIdentifier
        // Only the writer's thread reads and updates it.
        let frames = Mutex<(sequence: UInt64, newAt: Date?)>((0, nil))
        let writer = StatusFileWriter(path: configuration.kiosk.statusFile) { [weak self] now in
            guard let self else {
                return KioskStatus(pid: pid, startedAt: startedAt, updatedAt: now, screenAliveAt: nil, startupFinished: false,
                                   cameraRunning: false, lastFrameAt: nil, recognitionRunning: false, recognitionAliveAt: nil,
                                   lastDatabaseWriteAt: nil)
            }
            let (source, recognition) = devices.parts.withLock { ($0.source, $0.recognition) }
            let state = door.state.withLock { $0 }
            let lastFrameAt = frames.withLock { watch -> Date? in
                if let sequence = source?.latest()?.sequence, sequence != watch.sequence {
                    watch = (sequence, now)
                }
                return watch.newAt
            }
            return KioskStatus(
                pid: pid, startedAt: startedAt, updatedAt: now, screenAliveAt: state.screenAliveAt,
                startupFinished: state.startupFinished, cameraRunning: source != nil, lastFrameAt: lastFrameAt,
                recognitionRunning: recognition != nil, recognitionAliveAt: state.lastVerdictAt,
                lastDatabaseWriteAt: state.lastDatabaseWriteAt)
        }
        statusWriter.withLock { $0 = writer }
        writer.start { [logger] failure in logger.warning("status file not written: \(failure)") }
    }
}
