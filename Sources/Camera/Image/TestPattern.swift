import Vocabulary

/// Synthetic pictures for the fake camera, the tests and the benchmark.
enum TestPattern {
    /// The eight colour bars, left to right: white, yellow, cyan, green, magenta, red, blue, black.
    static let barColours: [(UInt8, UInt8, UInt8)] = [
        (255, 255, 255), (255, 255, 0), (0, 255, 255), (0, 255, 0),
        (255, 0, 255), (255, 0, 0), (0, 0, 255), (0, 0, 0),
    ]

    /// Eight vertical colour bars of equal width.
    static func colourBars(width: Int, height: Int) -> RGBImage {
        var pixels = [UInt8](repeating: 0, count: width * height * 3)
        for x in 0..<width {
            let (red, green, blue) = barColours[x * barColours.count / width]
            for y in 0..<height {
                let offset = (y * width + x) * 3
                pixels[offset] = red
                pixels[offset + 1] = green
                pixels[offset + 2] = blue
            }
        }
        return RGBImage(width: width, height: height, pixels: pixels)
    }

    /// The column at the middle of bar `index`.
    static func barCentre(_ index: Int, width: Int) -> Int {
        (2 * index + 1) * width / (2 * barColours.count)
    }

    /// A busy scene (bars, a gradient and deterministic noise) so JPEG sizes resemble a real webcam's.
    static func scene(width: Int, height: Int) -> RGBImage {
        var image = colourBars(width: width, height: height)
        var noise: UInt32 = 0x1234_5678
        for index in image.pixels.indices {
            noise = noise &* 1_664_525 &+ 1_013_904_223
            let pixel = index / 3
            let gradient = (pixel % width + pixel / width) % 64
            image.pixels[index] = UInt8(truncatingIfNeeded: Int(image.pixels[index]) / 2 + gradient + Int(noise >> 27))
        }
        return image
    }

    /// The picture as packed YUYV 4:2:2 (full range, two pixels share Cb and Cr), as UVC webcams send it.
    static func yuyv(_ image: RGBImage) -> [UInt8] {
        precondition(image.width % 2 == 0, "YUYV needs an even width, got \(image.width)")
        var output = [UInt8](repeating: 0, count: image.width * image.height * 2)
        for y in 0..<image.height {
            for x in stride(from: 0, to: image.width, by: 2) {
                let left = image.pixel(x: x, y: y)
                let right = image.pixel(x: x + 1, y: y)
                let first = YCbCr.fullRange(red: left.red, green: left.green, blue: left.blue)
                let second = YCbCr.fullRange(red: right.red, green: right.green, blue: right.blue)
                let offset = (y * image.width + x) * 2
                output[offset] = first.y
                output[offset + 1] = UInt8((Int(first.cb) + Int(second.cb) + 1) / 2)
                output[offset + 2] = second.y
                output[offset + 3] = UInt8((Int(first.cr) + Int(second.cr) + 1) / 2)
            }
        }
        return output
    }
}
