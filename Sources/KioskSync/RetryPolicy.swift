/// Exponential back-off with jitter, 1 s doubling to 5 min, and the server's `Retry-After` honoured.
public struct RetryPolicy: Sendable {
    /// The first delay.
    public var initial: Double
    /// The longest delay.
    public var maximum: Double

    /// Makes a policy (defaults 1 s → 300 s).
    public init(initial: Double = 1, maximum: Double = 300) {
        precondition(initial > 0 && maximum >= initial, "RetryPolicy needs 0 < initial <= maximum")
        self.initial = initial
        self.maximum = maximum
    }

    /// Seconds to wait after `failures` failures in a row (≥ 1): a random point in the upper half of
    /// `initial × 2^(failures−1)` capped at `maximum` (jitter keeps a fleet of kiosks from retrying in step);
    /// at least `retryAfter` when the server asked for it.
    public func delay(afterFailures failures: Int, retryAfter: Double? = nil,
                      random: (ClosedRange<Double>) -> Double = { Double.random(in: $0) }) -> Double {
        let exponent = min(max(failures - 1, 0), 30)
        let ceiling = min(maximum, initial * Double(1 << exponent))
        let jittered = random((ceiling / 2)...ceiling)
        guard let retryAfter, retryAfter > 0 else { return jittered }
        return max(jittered, min(retryAfter, 24 * 3600))
    }
}
