/// Blinks in a whole series of eye aspect ratios, one per frame: runs of frames whose ratio is at most
/// `ratio` times the series' median (the open eye). The offline counterpart of ``LivenessTracker``'s
/// eyelid evidence, checked against annotated footage.
public enum BlinkSeries {
    /// The frame ranges (indices into `ratios`) where the eyes were closed.
    public static func blinks(in ratios: [Double], ratio: Double) -> [ClosedRange<Int>] {
        guard !ratios.isEmpty else { return [] }
        let sorted = ratios.sorted()
        let open = sorted[sorted.count / 2]
        var found: [ClosedRange<Int>] = []
        var start: Int?
        for (index, value) in ratios.enumerated() {
            if value <= ratio * open {
                if start == nil { start = index }
            } else if let first = start {
                found.append(first...(index - 1))
                start = nil
            }
        }
        if let first = start { found.append(first...(ratios.count - 1)) }
        return found
    }
}
