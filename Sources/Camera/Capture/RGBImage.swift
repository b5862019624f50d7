/// A decoded picture before it is published as a `Frame`: tightly packed RGB8 rows.
struct RGBImage: Sendable, Equatable {
    let width: Int
    let height: Int
    /// `3 * width * height` bytes.
    var pixels: [UInt8]

    init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(pixels.count == width * height * 3, "RGBImage \(width)x\(height) needs \(width * height * 3) bytes, got \(pixels.count)")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// A picture of one colour.
    init(width: Int, height: Int, red: UInt8, green: UInt8, blue: UInt8) {
        var pixels = [UInt8](repeating: 0, count: width * height * 3)
        for index in stride(from: 0, to: pixels.count, by: 3) {
            pixels[index] = red
            pixels[index + 1] = green
            pixels[index + 2] = blue
        }
        self.init(width: width, height: height, pixels: pixels)
    }

    func pixel(x: Int, y: Int) -> [UInt8] {
        let offset = (y * width + x) * 3
        return Array(pixels[offset..<offset + 3])
    }
}
