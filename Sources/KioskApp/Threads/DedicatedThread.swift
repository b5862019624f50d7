import Foundation

/// Runs blocking work (dlib, V4L2, the PIN KDF, file checksums) on a thread of its own, so Swift's
/// cooperative pool — two threads on this box — never stalls.
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
}
