import FaceEngine
import Testing
import Vocabulary

/// The shared `RGBImage` reaches dlib as a view over its own bytes, padded rows included.
@Suite("RGBImage lent to the face engine")
struct RGBImageViewTests {
    /// 8×6 pixels with a gradient, rows padded by `padding` bytes of 0xAA.
    static func gradient(padding: Int) -> RGBImage {
        var bytes: [UInt8] = []
        for y in 0..<6 {
            for x in 0..<8 { bytes += [UInt8(x * 30), UInt8(y * 40), UInt8((x + y) * 10)] }
            bytes += [UInt8](repeating: 0xAA, count: padding)
        }
        return RGBImage(width: 8, height: 6, stride: 24 + padding, pixels: bytes)
    }

    @Test func theViewKeepsTheStrideAndReadsTheSameBytes() {
        let padded = Self.gradient(padding: 8)
        padded.withView { view in
            #expect(view.width == 8 && view.height == 6)
            #expect(view.bytesPerRow == 32)
            #expect(view.bytes[32 + 3] == 30 && view.bytes[32 + 4] == 40)
        }
    }

    @Test func resizingAPaddedImageEqualsResizingThePackedOne() throws {
        let padded = Self.gradient(padding: 8)
        let fromPadded = try padded.withView { view throws(FaceEngineError) in try view.resized(width: 4, height: 3) }
        let fromPacked = try padded.packed().withView { view throws(FaceEngineError) in try view.resized(width: 4, height: 3) }
        #expect(fromPadded.isPacked)
        #expect(fromPadded == fromPacked)
    }

    @Test func aCroppedViewMatchesACroppedCopy() throws {
        let padded = Self.gradient(padding: 4)
        let viaView = try padded.withView { view throws(FaceEngineError) in
            try view.cropped(x: 2, y: 1, width: 4, height: 4).resized(width: 4, height: 4)
        }
        #expect(viaView == padded.cropped(x: 2, y: 1, width: 4, height: 4))
    }
}
