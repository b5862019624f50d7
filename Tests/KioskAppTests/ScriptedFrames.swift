import Camera
import Foundation
import Synchronization

/// Hands out a fixed list of frames in order, one per request, as fast as the consumer takes them: a camera
/// that never drops a frame, so a test's outcome does not depend on how busy the machine is.
final class ScriptedFrames: FrameSource {
    let name = "scripted"
    let width: Int
    let height: Int
    private let frames: [Frame]
    private let handedOut = Mutex<Frame?>(nil)

    init(_ frames: [Frame], width: Int, height: Int) {
        self.frames = frames
        self.width = width
        self.height = height
    }

    func start() {}
    func stop() {}
    func latest() -> Frame? { handedOut.withLock { $0 } }

    func waitForFrame(newerThan sequence: UInt64, timeout: Duration) -> Frame? {
        if let next = frames.first(where: { $0.sequence > sequence }) {
            handedOut.withLock { $0 = next }
            return next
        }
        // The script is over: wait as a camera with no new frame would.
        Thread.sleep(forTimeInterval: 0.05)
        return nil
    }

    var statistics: CaptureStatistics { CaptureStatistics() }
    var status: CaptureStatus { .streaming }
}
