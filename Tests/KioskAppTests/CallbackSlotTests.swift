import Foundation
import Synchronization
import Testing

@testable import KioskApp

/// The runtime's callbacks are called thousands of times an hour: each call must be as deep as the first (a
/// closure read out of a `Mutex` nested one level deeper per call, until the stack would overflow).
@Suite struct CallbackSlotTests {
    @Test func theThousandthCallIsAsDeepAsTheFirst() {
        let depths = Mutex<[Int]>([])
        let slot = CallbackSlot<Int>()
        slot.set { _ in
            let depth = Thread.callStackSymbols.count
            depths.withLock { $0.append(depth) }
        }
        for call in 1...1000 { slot(call) }
        let seen = depths.withLock { $0 }
        #expect(seen.count == 1000, "every call reached the callback")
        #expect(Set(seen).count == 1, "stack depth changed between calls: first \(seen.first ?? 0), last \(seen.last ?? 0)")
    }

    @Test func anEmptySlotDoesNothingAndAReplacedOneCallsTheNewCallback() {
        let calls = Mutex<[String]>([])
        let slot = CallbackSlot<Void>()
        slot(())
        slot.set { calls.withLock { $0.append("first") } }
        slot(())
        slot.set { calls.withLock { $0.append("second") } }
        slot(())
        #expect(calls.withLock { $0 } == ["first", "second"])
    }
}
