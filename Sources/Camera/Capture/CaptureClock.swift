/// The clock a replay paces itself with; tests inject one that advances instantly.
public protocol CaptureClock: Sendable {
    /// Time on this clock, comparable with `Frame.timestamp`.
    func now() -> Duration
    /// Blocks the calling thread until `now()` reaches `deadline` (returns at once if it already has).
    func sleep(until deadline: Duration)
}
