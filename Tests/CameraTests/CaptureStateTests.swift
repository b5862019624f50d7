import Foundation
import Synchronization
import Testing
@testable import Camera
import Vocabulary

@Suite("Latest-frame slot")
struct CaptureStateTests {
    static func picture(_ level: UInt8) -> RGBImage { RGBImage(width: 2, height: 1, red: level, green: level, blue: level) }

    @Test func newerFrameReplacesAnUnreadOne() throws {
        let state = CaptureState()
        state.publish(Self.picture(1), timestamp: .seconds(1))
        state.publish(Self.picture(2), timestamp: .seconds(2))
        #expect(state.statistics.dropped == 1)
        let latest = try #require(state.latest())
        #expect(latest.sequence == 2)
        #expect(latest.pixel(x: 0, y: 0) == (2, 2, 2))
        state.publish(Self.picture(3), timestamp: .seconds(3))
        #expect(state.statistics.dropped == 1, "frame 2 was read, so replacing it drops nothing")
        #expect(state.statistics.frames == 3)
        #expect(state.statistics.measuredFPS == 1)
    }

    @Test func waitReturnsOnlyANewerFrame() {
        let state = CaptureState()
        #expect(state.latest() == nil)
        #expect(state.waitForFrame(newerThan: 0, timeout: .milliseconds(5)) == nil)
        state.publish(Self.picture(7), timestamp: .seconds(1))
        #expect(state.waitForFrame(newerThan: 0, timeout: .seconds(5))?.sequence == 1)
        #expect(state.waitForFrame(newerThan: 1, timeout: .milliseconds(5)) == nil)
    }

    @Test func waitWakesWhenAnotherThreadPublishes() {
        let state = CaptureState()
        state.startThread(name: "test-publisher") {
            for level in 1...3 { state.publish(Self.picture(UInt8(level)), timestamp: .seconds(level)) }
        }
        let frame = state.waitForFrame(newerThan: 2, timeout: .seconds(30))
        #expect(frame?.sequence == 3)
        #expect(state.waitUntilFinished(timeout: .seconds(30)))
    }

    @Test func statusChangesAreReported() {
        let seen = Recorder()
        let state = CaptureState { seen.append($0) }
        state.setStatus(.streaming)
        state.setStatus(.streaming)
        let error = CameraError(.deviceLost, path: "/dev/video0")
        state.setStatus(.reconnecting(attempt: 1, lastError: error))
        #expect(seen.values == [.streaming, .reconnecting(attempt: 1, lastError: error)])
    }
}

/// Collects status callbacks from any thread.
final class Recorder: Sendable {
    private let items = Mutex<[CaptureStatus]>([])

    func append(_ status: CaptureStatus) { items.withLock { $0.append(status) } }

    var values: [CaptureStatus] { items.withLock { $0 } }
}
