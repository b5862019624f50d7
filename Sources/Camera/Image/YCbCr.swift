/// BT.601 Y′CbCr ⇄ RGB conversions for 8-bit samples.
enum YCbCr {
    /// Limited ("studio") range, the default for Y4M files: Y 16...235, Cb/Cr 16...240.
    static func rgbFromLimitedRange(y: UInt8, cb: UInt8, cr: UInt8) -> (UInt8, UInt8, UInt8) {
        let luma = 1.164383 * (Double(y) - 16)
        let blue = Double(cb) - 128
        let red = Double(cr) - 128
        return (clamp(luma + 1.596027 * red), clamp(luma - 0.391762 * blue - 0.812968 * red), clamp(luma + 2.017232 * blue))
    }

    /// Full range (JFIF), as Y4M's `XCOLORRANGE=FULL` files and webcams' YUYV use.
    static func rgbFromFullRange(y: UInt8, cb: UInt8, cr: UInt8) -> (UInt8, UInt8, UInt8) {
        let luma = Double(y)
        let blue = Double(cb) - 128
        let red = Double(cr) - 128
        return (clamp(luma + 1.402 * red), clamp(luma - 0.344136 * blue - 0.714136 * red), clamp(luma + 1.772 * blue))
    }

    /// Full-range Y′CbCr of an RGB colour.
    static func fullRange(red: UInt8, green: UInt8, blue: UInt8) -> (y: UInt8, cb: UInt8, cr: UInt8) {
        let r = Double(red), g = Double(green), b = Double(blue)
        let y = 0.299 * r + 0.587 * g + 0.114 * b
        return (clamp(y), clamp(128 + (b - y) / 1.772), clamp(128 + (r - y) / 1.402))
    }

    private static func clamp(_ value: Double) -> UInt8 {
        UInt8(max(0, min(255, value.rounded())))
    }
}
