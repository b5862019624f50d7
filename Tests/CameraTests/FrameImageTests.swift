import Camera
import Testing
import Vocabulary

/// A frame carries the shared `RGBImage` as it is: the preview and the face engine read the same buffer.
@Suite("Frame's picture")
struct FrameImageTests {
    @Test func aFrameBuiltFromPaddedRowsKeepsThem() {
        let bytes: [UInt8] = [1, 2, 3, 4, 5, 6, 0, 0, 7, 8, 9, 10, 11, 12, 0, 0]
        let frame = Frame(width: 2, height: 2, stride: 8, pixels: bytes, timestamp: .seconds(1), sequence: 3)
        #expect(frame.image.stride == 8)
        #expect(frame.image.pixels == bytes)
        #expect(frame.pixel(x: 1, y: 1) == (10, 11, 12))
        #expect(frame.image == RGBImage(width: 2, height: 2, pixels: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]))
    }

    @Test func aFrameWrapsAnImageWithoutChangingIt() {
        let image = RGBImage(width: 3, height: 1, red: 200, green: 10, blue: 20)
        let frame = Frame(image: image, timestamp: .milliseconds(40), sequence: 1)
        #expect(frame.width == 3 && frame.height == 1 && frame.stride == 9)
        #expect(frame.image == image)
        #expect(frame.sequence == 1 && frame.timestamp == .milliseconds(40))
    }
}
