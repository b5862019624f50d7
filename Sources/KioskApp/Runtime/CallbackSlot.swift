import Synchronization

/// A callback set once (or replaced) and called from any thread: the runtime's "something on screen changed"
/// and "a recognition result" hooks.
///
/// Not a `Mutex<((Argument) -> Void)?>`: reading a closure out of `Mutex.withLock` (`withLock { $0 }`) writes it
/// back wrapped in two more reabstraction thunks (Swift 6.x, at -O and -Onone alike), so every call nested one
/// level deeper than the last: a door on the demo replay had its recognition thread's stack at 7.6 MB of 8 after
/// 20 minutes, on its way to an overflow, and its heap growing with the thunks. A class reference read out of
/// the lock is not rewrapped; ``CallbackSlotTests`` checks that the thousandth call is as deep as the first.
final class CallbackSlot<Argument: Sendable>: Sendable {
    private final class Box: Sendable {
        let call: @Sendable (Argument) -> Void

        init(_ call: @escaping @Sendable (Argument) -> Void) {
            self.call = call
        }
    }

    private let box = Mutex<Box?>(nil)

    /// An empty slot: calling it does nothing until ``set(_:)``.
    init() {}

    /// Sets (or replaces) the callback.
    func set(_ call: @escaping @Sendable (Argument) -> Void) {
        box.withLock { $0 = Box(call) }
    }

    /// Calls the callback, if one is set, outside the lock.
    func callAsFunction(_ argument: Argument) {
        box.withLock { $0 }?.call(argument)
    }
}
