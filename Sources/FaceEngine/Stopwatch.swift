/// Measures elapsed wall time on the monotonic clock (`package`: the benchmarks time stages with it too).
package struct Stopwatch {
    private let start = ContinuousClock.now

    /// A stopwatch started now.
    package init() {}

    /// Seconds since the stopwatch was made.
    package var seconds: Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
}
