/// Counters of one frame source since it was created.
public struct CaptureStatistics: Sendable, Equatable {
    /// Frames published to the slot.
    public var frames: Int = 0
    /// Frames lost: replaced in the slot before anyone read them, or missing from the driver's sequence.
    public var dropped: Int = 0
    /// Frames that could not be decoded (a corrupt JPEG, say) and were skipped.
    public var skipped: Int = 0
    /// Times the device vanished and was opened again.
    public var reconnects: Int = 0
    /// Frames per second measured from the timestamps of the most recent frames (0 until two frames).
    public var measuredFPS: Double = 0

    /// Zero counters.
    public init() {}
}
