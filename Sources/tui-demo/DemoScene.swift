import TerminalUI
import Vocabulary

/// A synthetic "camera frame" (a face-like disc on a gradient) and its face box, so the demo needs no
/// camera and its picture is the same on every run.
enum DemoScene {
    /// Frame size in pixels.
    static let width = 160
    /// Frame size in pixels.
    static let height = 120

    /// The face box in frame pixels.
    static let faceBox = PixelRect(x: 50, y: 25, width: 60, height: 70)

    /// The frame.
    static func frame() -> RGBImage {
        var pixels = [UInt8](repeating: 0, count: width * height * 3)
        for y in 0..<height {
            for x in 0..<width {
                let i = 3 * (y * width + x)
                let dx = x - 80, dy = y - 60
                if dx * dx * 49 + dy * dy * 36 < 36 * 49 * 30 {
                    pixels[i] = 224; pixels[i + 1] = 172; pixels[i + 2] = 140
                } else {
                    pixels[i] = UInt8(40 + x * 100 / width)
                    pixels[i + 1] = UInt8(60 + y * 120 / height)
                    pixels[i + 2] = 150
                }
            }
        }
        return RGBImage(width: width, height: height, pixels: pixels)
    }
}
