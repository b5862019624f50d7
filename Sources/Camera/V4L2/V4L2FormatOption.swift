/// One pixel format a device offers, with its frame sizes and their frame rates.
struct V4L2FormatOption: Sendable, Equatable {
    struct Size: Sendable, Equatable {
        let width: Int
        let height: Int
        /// Frame rates offered at this size; empty when the device does not say.
        let rates: [Double]
    }

    let fourcc: UInt32
    let description: String
    let sizes: [Size]
}
