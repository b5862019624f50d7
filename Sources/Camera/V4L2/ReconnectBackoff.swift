/// How long `V4L2Camera` waits between attempts to reopen a vanished device: doubling from `initial`
/// up to `maximum`, forever unless `maxAttempts` is set.
public struct ReconnectBackoff: Sendable, Equatable {
    /// Wait before the first attempt.
    public var initial: Duration
    /// Longest wait between attempts.
    public var maximum: Duration
    /// Attempts before the status becomes `.failed`; nil keeps trying (a camera may be plugged in later).
    public var maxAttempts: Int?

    /// A back-off schedule.
    public init(initial: Duration, maximum: Duration, maxAttempts: Int? = nil) {
        precondition(initial > .zero && maximum >= initial, "Back-off needs 0 < initial <= maximum")
        self.initial = initial
        self.maximum = maximum
        self.maxAttempts = maxAttempts
    }

    /// 0.25 s doubling up to 8 s, forever.
    public static let standard = ReconnectBackoff(initial: .milliseconds(250), maximum: .seconds(8))

    /// The wait before attempt `attempt` (counting from 1).
    public func delay(beforeAttempt attempt: Int) -> Duration {
        var delay = initial
        for _ in 1..<max(attempt, 1) {
            delay *= 2
            if delay >= maximum { return maximum }
        }
        return delay
    }
}
