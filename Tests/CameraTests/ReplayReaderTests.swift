import Foundation
import TestEnvironment
import Testing
@testable import Camera
import Vocabulary

@Suite("Replay readers")
struct ReplayReaderTests {
    /// A 4×2 picture whose every pixel differs, so any reordering or resampling shows.
    static let distinct = RGBImage(width: 4, height: 2, pixels: (0..<24).map { UInt8($0 * 10) })

    @Test func imageFolderDecodesPNGExactlyAndHoldsEachImage() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.png", ImageCodec.encodePNG(Self.distinct))
        try folder.write("b.png", ImageCodec.encodePNG(RGBImage(width: 3, height: 3, red: 9, green: 8, blue: 7)))
        try folder.write("notes.txt", Array("not an image".utf8))
        var reader = try ImageFolderReader(folder: folder.path, holdFrames: 2)
        #expect(try reader.next() == .image(Self.distinct))
        #expect(try reader.next() == .image(Self.distinct))
        #expect(try reader.next() == .image(RGBImage(width: 3, height: 3, red: 9, green: 8, blue: 7)))
        #expect(try reader.next() == .image(RGBImage(width: 3, height: 3, red: 9, green: 8, blue: 7)))
        #expect(try reader.next() == .end)
        reader.rewind()
        #expect(try reader.next() == .image(Self.distinct))
    }

    @Test func imageFolderSkipsAnUndecodableImage() throws {
        let folder = try TemporaryFolder()
        try folder.write("1-broken.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3])
        try folder.write("2-good.jpg", ImageCodec.encodeJPEG(RGBImage(width: 8, height: 8, red: 200, green: 40, blue: 40)))
        var reader = try ImageFolderReader(folder: folder.path, holdFrames: 1)
        guard case .skipped(let reason) = try reader.next() else {
            Issue.record("a broken JPEG must be skipped")
            return
        }
        #expect(reason.contains("1-broken.jpg"))
        guard case .image(let image) = try reader.next() else {
            Issue.record("the good JPEG must follow")
            return
        }
        #expect(close(image.bytes(x: 4, y: 4).map(Int.init), (200, 40, 40), within: 3))
    }

    @Test func emptyFolderIsAClearError() throws {
        let folder = try TemporaryFolder()
        #expect(throws: CameraError.self) { try ImageFolderReader(folder: folder.path, holdFrames: 1) }
        do {
            _ = try ImageFolderReader(folder: folder.path, holdFrames: 1)
        } catch {
            #expect(error.code == .replayEmpty)
            #expect(error.message(in: .en).contains("add JPEG or PNG images"))
            #expect(error.message(in: .es).contains("añada imágenes"))
        }
    }

    @Test func letterboxKeepsAspectRatioOnBlackBars() {
        let wide = RGBImage(width: 4, height: 2, red: 250, green: 100, blue: 0)
        let boxed = wide.letterboxed(width: 8, height: 8)
        #expect(boxed.width == 8 && boxed.height == 8)
        for y in 0..<8 {
            for x in 0..<8 {
                let expected: [UInt8] = (2..<6).contains(y) ? [250, 100, 0] : [0, 0, 0]
                #expect(boxed.bytes(x: x, y: y) == expected, "pixel (\(x), \(y))")
            }
        }
        #expect(Self.distinct.letterboxed(width: 4, height: 2) == Self.distinct)
    }

    @Test func mjpegStreamSkipsACorruptPictureAndGoesOn() throws {
        let folder = try TemporaryFolder()
        let red = try ImageCodec.encodeJPEG(RGBImage(width: 16, height: 16, red: 255, green: 0, blue: 0))
        let blue = try ImageCodec.encodeJPEG(RGBImage(width: 16, height: 16, red: 0, green: 0, blue: 255))
        // A start marker, an APP0 segment, then bytes where a marker must be: broken structure.
        let corrupt: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x41, 0x42] + [UInt8](repeating: 0x55, count: 40)
        // Valid structure whose frame header claims zero components: libjpeg refuses it.
        var undecodable = blue
        if let sof = (0..<undecodable.count - 9).first(where: { undecodable[$0] == 0xFF && undecodable[$0 + 1] == 0xC0 }) {
            undecodable[sof + 9] = 0
        }
        let path = try folder.write("stream.mjpeg", red + corrupt + blue + undecodable + red + Array(red.prefix(40)))
        var reader = try MJPEGStreamReader(path: path)
        var colours: [[UInt8]] = []
        var skipped = 0
        while true {
            switch try reader.next() {
            case .image(let image): colours.append(image.bytes(x: 8, y: 8))
            case .skipped: skipped += 1  // a picture that does not decode, counted because capture goes on
            case .end:
                #expect(colours.count == 3)
                #expect(skipped == 3, "the corrupt, the undecodable and the truncated picture")
                #expect(close(colours[0].map(Int.init), (255, 0, 0), within: 3))
                #expect(close(colours[1].map(Int.init), (0, 0, 255), within: 3))
                #expect(close(colours[2].map(Int.init), (255, 0, 0), within: 3))
                return
            }
        }
    }

    #if os(Linux)
    @Test func mjpegStreamHandsBackThePagesOfPlayedPictures() throws {
        let folder = try TemporaryFolder()
        // Noise does not compress: each picture is about 70 kB, the stream 8 MB.
        var state: UInt32 = 12345
        let noise = (0..<(320 * 240 * 3)).map { _ -> UInt8 in
            state = state &* 1_664_525 &+ 1_013_904_223
            return UInt8(truncatingIfNeeded: state >> 24)
        }
        let picture = try ImageCodec.encodeJPEG(RGBImage(width: 320, height: 240, pixels: noise))
        let stream = Array([[UInt8]](repeating: picture, count: 120).joined())
        let path = try folder.write("long.mjpeg", stream)
        var reader = try MJPEGStreamReader(path: path)
        var played = 0
        while case .image = try reader.next() { played += 1 }
        #expect(played == 120)
        // The reader keeps the file mapped and the folder keeps the file: both must outlive the reading of its pages.
        let (mapped, resident) = try withExtendedLifetime((folder, reader)) {
            (try Self.mappedBytes(of: path), try Self.residentBytes(of: path))
        }
        #expect(mapped >= stream.count, "the stream is read through a mapping of \(mapped) bytes")
        // What may stay: less than the 128 kB not yet handed back, the last picture and the kernel's fault-around.
        #expect(resident < 128 * 1024 + 2 * picture.count + 64 * 1024,
                "\(resident) of the \(stream.count) bytes played are still resident (one picture: \(picture.count))")
    }

    /// Resident bytes of this process's mappings of the file at `path` (from /proc/self/smaps).
    private static func residentBytes(of path: String) throws -> Int { try ProcessMappings.sum("Rss:", ofMappingsOf: path) }

    /// Mapped bytes of this process's mappings of the file at `path`.
    private static func mappedBytes(of path: String) throws -> Int { try ProcessMappings.sum("Size:", ofMappingsOf: path) }
    #endif

    @Test func y4mConvertsBT601LimitedRangeExactly() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "clip.y4m",
            Y4MFile.bytes(width: 4, height: 2, colours: [(235, 128, 128), (16, 128, 128), (126, 128, 128), (81, 90, 240)]))
        var reader = try Y4MReader(path: path)
        let expected: [[UInt8]] = [[255, 255, 255], [0, 0, 0], [128, 128, 128], [254, 0, 0]]
        for colour in expected {
            guard case .image(let image) = try reader.next() else {
                Issue.record("expected a frame")
                return
            }
            #expect(image.width == 4 && image.height == 2)
            #expect(image == RGBImage(width: 4, height: 2, red: colour[0], green: colour[1], blue: colour[2]))
        }
        #expect(try reader.next() == .end)
    }

    @Test func y4mFullRangeHeaderIsHonoured() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "full.y4m", Y4MFile.bytes(width: 2, height: 2, colours: [(16, 128, 128)], header: " XCOLORRANGE=FULL"))
        var reader = try Y4MReader(path: path)
        #expect(try reader.next() == .image(RGBImage(width: 2, height: 2, red: 16, green: 16, blue: 16)))
    }

    @Test func truncatedY4MIsAClearError() throws {
        let folder = try TemporaryFolder()
        let whole = Y4MFile.bytes(width: 4, height: 4, colours: [(100, 128, 128), (100, 128, 128)])
        let path = try folder.write("cut.y4m", Array(whole.dropLast(5)))
        var reader = try Y4MReader(path: path)
        _ = try reader.next()
        do {
            _ = try reader.next()
            Issue.record("a frame cut short must throw")
        } catch {
            #expect(error.code == .replayTruncated)
            #expect(error.detail == "frame 2 needs 24 bytes but only 19 remain")
            #expect(error.message(in: .en).contains("export the file again"))
        }
    }

    @Test func y4mWithOtherChromaIsRejected() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("444.y4m", Array("YUV4MPEG2 W2 H2 F30:1 C444\n".utf8))
        #expect(throws: CameraError(.replayInvalid, path: path, detail: "chroma C444 is not 4:2:0")) {
            try Y4MReader(path: path)
        }
    }
}
