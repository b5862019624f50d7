#if canImport(Glibc)
import Glibc
#endif

/// `CLOCK_MONOTONIC`, the clock V4L2 drivers stamp buffers with.
public struct MonotonicCaptureClock: CaptureClock {
    /// The system's monotonic clock.
    public init() {}

    /// Time since boot.
    public func now() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }

    /// Sleeps with an absolute deadline, so pacing does not drift.
    public func sleep(until deadline: Duration) {
        let (seconds, attoseconds) = deadline.components
        var target = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
        while clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &target, nil) == EINTR {}
    }
}
