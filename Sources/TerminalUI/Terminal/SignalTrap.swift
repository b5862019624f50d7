#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The last SIGINT/SIGTERM/SIGHUP received while a session was running (0 = none). An atomic store is
/// async-signal-safe, so the handler does nothing else; the UI loop polls it.
private let pendingSignal = Atomic<Int32>(0)

/// Catches SIGINT, SIGTERM and SIGHUP (the terminal went away) while the UI runs, so the loop can restore
/// the terminal and end instead of spinning on a dead tty, then puts the previous handlers back.
struct SignalTrap: ~Copyable {
    private static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    private var previous: [Int32: sighandler_t?] = [:]

    init() {
        pendingSignal.store(0, ordering: .relaxed)
        for number in Self.signals {
            previous[number] = signal(number) { received in pendingSignal.store(received, ordering: .relaxed) }
        }
    }

    /// The signal received since installation, if any.
    var received: Int32? {
        let value = pendingSignal.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }

    deinit {
        for (number, handler) in previous { signal(number, handler ?? SIG_DFL) }
    }
}
