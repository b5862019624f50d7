import Dispatch
import Testing
@testable import TerminalUI

@Suite struct EventQueueTests {
    @Test func eventsFromManyThreadsAllArrive() {
        let queue = EventQueue<Int>()
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            for i in 0..<1000 { queue.post(worker * 1000 + i) }
        }
        let drained = queue.drain()
        #expect(drained.count == 4000)
        #expect(Set(drained) == Set(0..<4000))
        #expect(queue.drain().isEmpty)
    }

    @Test func orderIsKeptPerThread() {
        let queue = EventQueue<Int>()
        for i in 0..<10 { queue.post(i) }
        #expect(queue.drain() == Array(0..<10))
    }

    @Test func replacingPostKeepsOnlyTheNewestStaleEvent() {
        let queue = EventQueue<String>()
        queue.post("frame 1", replacing: { $0.hasPrefix("frame") })
        queue.post("punch")
        queue.post("frame 2", replacing: { $0.hasPrefix("frame") })
        #expect(queue.drain() == ["frame 2", "punch"])
    }
}
