/// What the demo's background thread posts to the UI thread.
enum DemoEvent: Sendable {
    /// Start-up progress, 0…1.
    case progress(Double)
}
