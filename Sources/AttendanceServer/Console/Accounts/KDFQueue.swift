import Dispatch

/// Runs slow key derivations (bcrypt for console passwords, PBKDF2 for kiosk PINs) on a dedicated serial
/// dispatch queue and awaits them, so a login never holds a thread of Swift's cooperative pool for ~0.2 s.
struct KDFQueue: Sendable {
    private let queue: DispatchQueue

    init(label: String) {
        queue = DispatchQueue(label: label, qos: .userInitiated)
    }

    /// Runs `work` on the queue and returns its result.
    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }
}
