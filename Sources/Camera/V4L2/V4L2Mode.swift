/// The format, size and frame rate a capture runs at.
struct V4L2Mode: Sendable, Equatable {
    let fourcc: UInt32
    let width: Int
    let height: Int
    /// Frame rate to ask for; nil when the device lists none.
    let fps: Double?

    /// The mode closest to the configured one: nearest size first, then the frame rate, then MJPEG
    /// before YUYV (MJPEG needs far less USB bandwidth, so it reaches full rate at larger sizes).
    static func closest(
        among formats: [V4L2FormatOption], width: Int, height: Int, fps: Int
    ) -> V4L2Mode? {
        var best: (cost: (Int, Double, Int), mode: V4L2Mode)?
        for format in formats {
            let rank: Int
            switch format.fourcc {
            case FourCC.mjpeg, FourCC.jpeg: rank = 0
            case FourCC.yuyv: rank = 1
            default: continue
            }
            for size in format.sizes {
                let sizeCost = abs(size.width - width) + abs(size.height - height)
                let rate = size.rates.min { rateCost($0, wanted: fps) < rateCost($1, wanted: fps) }
                let cost = (sizeCost, rate.map { rateCost($0, wanted: fps) } ?? 0, rank)
                if best == nil || cost < best!.cost {
                    best = (cost, V4L2Mode(fourcc: format.fourcc, width: size.width, height: size.height, fps: rate))
                }
            }
        }
        return best?.mode
    }

    /// Falling short of the wanted rate costs more than exceeding it.
    private static func rateCost(_ rate: Double, wanted: Int) -> Double {
        rate >= Double(wanted) ? rate - Double(wanted) : 4 * (Double(wanted) - rate)
    }
}
