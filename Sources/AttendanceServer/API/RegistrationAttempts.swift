import Foundation

/// Slows the guessing of one-time registration codes: after `limit` failed attempts within a minute, every
/// attempt is answered 429 until that minute is over. The only open operation that writes, so the only one
/// that needs it.
actor RegistrationAttempts {
    private let limit: Int
    private let window: TimeInterval
    private let clock: @Sendable () -> Date
    private var windowStart: Date
    private var failures = 0

    init(limit: Int = 20, window: TimeInterval = 60, clock: @escaping @Sendable () -> Date = Date.init) {
        self.limit = limit
        self.window = window
        self.clock = clock
        self.windowStart = clock()
    }

    /// Throws 429 with `Retry-After` while the limit is reached.
    func checkAllowed() throws {
        rollWindow()
        guard failures >= limit else { return }
        let wait = Int(max(1, (windowStart.addingTimeInterval(window).timeIntervalSince(clock())).rounded(.up)))
        throw APIError(.tooManyRequests, "too many wrong registration codes; wait \(wait) s and check the code with the administrator",
                       retryAfterSeconds: wait)
    }

    /// Counts a wrong code.
    func recordFailure() {
        rollWindow()
        failures += 1
    }

    private func rollWindow() {
        let now = clock()
        if now.timeIntervalSince(windowStart) >= window {
            windowStart = now
            failures = 0
        }
    }
}
