import Foundation

/// Runs blocking work (dlib, V4L2, SQLite opening, the PIN KDF, file checksums and reads) on a thread of its
/// own, so Swift's cooperative pool — two threads on this box — never stalls. The one way the kiosk's
/// targets leave the pool for blocking work.
public enum DedicatedThread {
    /// Runs `work` on a new thread named `name` and returns its result to the awaiting task.
    public static func run<T: Sendable>(
        name: String, _ work: @escaping @Sendable () throws -> T
    ) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try work() })
            }
            thread.name = name
            thread.start()
        }
    }

    /// Runs `work`, which cannot fail, on a new thread named `name` and returns its result.
    public static func run<T: Sendable>(name: String, _ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(returning: work())
            }
            thread.name = name
            thread.start()
        }
    }
}
