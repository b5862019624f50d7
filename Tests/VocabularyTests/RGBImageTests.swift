import Testing
import Vocabulary

@Suite("RGBImage")
struct RGBImageTests {
    /// 3×2 pixels whose bytes count up from 1, rows padded with `padding` bytes of 0xEE.
    static func counting(padding: Int) -> RGBImage {
        var bytes: [UInt8] = []
        var value: UInt8 = 1
        for _ in 0..<2 {
            for _ in 0..<9 {
                bytes.append(value)
                value += 1
            }
            bytes += [UInt8](repeating: 0xEE, count: padding)
        }
        return RGBImage(width: 3, height: 2, stride: 9 + padding, pixels: bytes)
    }

    @Test func pixelsAreReadAcrossRowPadding() {
        let padded = Self.counting(padding: 5)
        #expect(padded.stride == 14)
        #expect(!padded.isPacked)
        #expect(padded.pixel(x: 0, y: 0) == (1, 2, 3))
        #expect(padded.pixel(x: 2, y: 0) == (7, 8, 9))
        #expect(padded.pixel(x: 0, y: 1) == (10, 11, 12))
        #expect(padded.pixel(x: 2, y: 1) == (16, 17, 18))
    }

    @Test func strideDefaultsToPackedRows() {
        let packed = RGBImage(width: 2, height: 2, pixels: Array(1...12))
        #expect(packed.stride == 6)
        #expect(packed.isPacked)
        #expect(packed.pixel(x: 1, y: 1) == (10, 11, 12))
    }

    @Test func lastRowNeedsNoPadding() {
        // A camera buffer may end right after the last row's pixels.
        let image = RGBImage(width: 1, height: 2, stride: 8, pixels: [1, 2, 3, 0, 0, 0, 0, 0, 4, 5, 6])
        #expect(image.pixel(x: 0, y: 1) == (4, 5, 6))
    }

    @Test func packingDropsOnlyThePadding() {
        let packed = Self.counting(padding: 5).packed()
        #expect(packed.isPacked)
        #expect(packed.pixels == Array(1...18))
    }

    @Test func equalityIgnoresPadding() {
        #expect(Self.counting(padding: 5) == Self.counting(padding: 0))
        #expect(Self.counting(padding: 3) == Self.counting(padding: 7))
        var other = Self.counting(padding: 5)
        other.pixels[14] = 99
        #expect(other != Self.counting(padding: 0))
    }

    @Test func paddingBytesDoNotMakeTwoPicturesDiffer() {
        var other = Self.counting(padding: 5)
        other.pixels[10] = 0x11  // a padding byte of the first row
        #expect(other == Self.counting(padding: 5))
        #expect(Self.counting(padding: 0) != RGBImage(width: 3, height: 2, pixels: Array(2...19)))
    }

    @Test func cropReadsTheRightRowsOfAStridedImage() {
        let cropped = Self.counting(padding: 5).cropped(x: 1, y: 1, width: 2, height: 1)
        #expect(cropped.width == 2 && cropped.height == 1)
        #expect(cropped.isPacked)
        #expect(cropped.pixels == [13, 14, 15, 16, 17, 18])
    }

    @Test func cropIsClampedToThePicture() {
        let image = Self.counting(padding: 2)
        let outside = image.cropped(x: 10, y: -4, width: 5, height: 5)
        #expect(outside.width == 1 && outside.height == 2)
        #expect(outside.pixel(x: 0, y: 1) == (16, 17, 18))
        #expect(image.cropped(x: 0, y: 0, width: 3, height: 2) == image)
    }

    @Test func solidColourFillsEveryPixel() {
        let image = RGBImage(width: 3, height: 2, red: 9, green: 8, blue: 7)
        for y in 0..<2 {
            for x in 0..<3 { #expect(image.pixel(x: x, y: y) == (9, 8, 7)) }
        }
    }

    @Test func copyingFromForeignMemoryKeepsTheStride() {
        let bytes: [UInt8] = [1, 2, 3, 0, 4, 5, 6, 0]
        let image = bytes.withUnsafeBytes { RGBImage(width: 1, height: 2, stride: 4, copying: $0) }
        #expect(image.stride == 4)
        #expect(image.pixel(x: 0, y: 1) == (4, 5, 6))
    }
}
