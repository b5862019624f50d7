import Synchronization

/// Holds a value made at most once per instance: concurrent callers wait for the first one's load and all
/// get its result; a failed load leaves nothing behind, so the next caller tries again.
final class LoadOnce<Value: Sendable>: Sendable {
    private let slot = Mutex<Value?>(nil)
    private let attempts = Atomic<Int>(0)

    /// How many times `load` ran (for the load-once tests).
    var loadCount: Int { attempts.load(ordering: .relaxed) }

    /// The value, loading it with `load` if no earlier call has.
    ///
    /// The lock is held during `load`, so a second load cannot start while the first runs; callers are
    /// plain threads (start-up, tests), never the cooperative pool.
    func value<Failure: Error>(_ load: () throws(Failure) -> Value) throws(Failure) -> Value {
        try slot.withLock { (stored: inout Value?) throws(Failure) -> Value in
            if let stored { return stored }
            attempts.add(1, ordering: .relaxed)
            let made = try load()
            stored = made
            return made
        }
    }

    /// The value if it has been loaded.
    var loaded: Value? { slot.withLock { $0 } }
}
