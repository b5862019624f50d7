import Foundation
import Testing
@testable import Camera
import Vocabulary

@Suite("Replay playlists")
struct PlaylistReaderTests {
    /// A 4×2 picture whose every pixel differs, so any crop shows.
    static let distinct = RGBImage(width: 4, height: 2, pixels: (0..<24).map { UInt8($0 * 10) })

    @Test func cropsAndHoldsEachLineForItsSeconds() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.file("photos"), withIntermediateDirectories: true)
        try folder.write("photos/a.png", ImageCodec.encodePNG(Self.distinct))
        try folder.write("b.png", ImageCodec.encodePNG(RGBImage(width: 3, height: 3, red: 9, green: 8, blue: 7)))
        let playlist = try folder.write("door.playlist", Array("""
            # a comment, then a blank line

            photos/a.png crop=1,0,2,2 seconds=1
            b.png seconds=0.5
            """.utf8))
        var reader = try PlaylistReader(path: playlist, fps: 2)
        // Columns 1–2 of both rows of the 4×2 picture.
        let cropped = RGBImage(width: 2, height: 2, pixels: [30, 40, 50, 60, 70, 80, 150, 160, 170, 180, 190, 200])
        #expect(try reader.next() == .image(cropped))
        #expect(try reader.next() == .image(cropped))
        #expect(try reader.next() == .image(RGBImage(width: 3, height: 3, red: 9, green: 8, blue: 7)))
        #expect(try reader.next() == .end)
        reader.rewind()
        #expect(try reader.next() == .image(cropped))
    }

    @Test func aCropBeyondThePictureIsClamped() {
        let clamped = Self.distinct.cropped(x: 3, y: 1, width: 10, height: 10)
        #expect(clamped == RGBImage(width: 1, height: 1, pixels: [210, 220, 230]))
    }

    @Test func aBadLineIsNamedWithItsNumber() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.png", ImageCodec.encodePNG(Self.distinct))
        let badCrop = try folder.write("crop.playlist", Array("a.png\na.png crop=1,2,3\n".utf8))
        do {
            _ = try PlaylistReader(path: badCrop, fps: 5)
            Issue.record("a crop of three numbers must be refused")
        } catch {
            #expect(error.code == .replayInvalid)
            #expect(error.message(in: .en).contains("line 2: 'crop=1,2,3': expected crop=X,Y,WIDTH,HEIGHT"), "\(error.message(in: .en))")
        }
        let missing = try folder.write("missing.playlist", Array("# nobody\nnobody.png\n".utf8))
        do {
            _ = try PlaylistReader(path: missing, fps: 5)
            Issue.record("a missing picture must be refused")
        } catch {
            #expect(error.message(in: .en).contains("line 2: nobody.png: no such picture"), "\(error.message(in: .en))")
        }
        let empty = try folder.write("empty.playlist", Array("# nothing\n".utf8))
        #expect(throws: CameraError.self) { try PlaylistReader(path: empty, fps: 5) }
    }
}
