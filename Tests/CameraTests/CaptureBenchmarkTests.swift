import Testing
@testable import Camera
import Vocabulary

/// The benchmark must run and produce its table; its speed is read from `kiosk bench`, never asserted here.
@Suite("Capture benchmark")
struct CaptureBenchmarkTests {
    @Test func producesOneRowPerPathAndATable() throws {
        let rows = try CaptureBenchmark(width: 64, height: 48, frames: 3).run()
        #expect(rows.map(\.frames) == [3, 3, 3])
        #expect(rows[0].name.hasPrefix("MJPEG 64x48"))
        #expect(rows[1].name.hasPrefix("YUYV 64x48"))
        #expect(rows[2].name.hasPrefix("JPEG 64x48"))
        #expect(rows.allSatisfy { $0.seconds > 0 })
        let table = CaptureBenchmark.table(rows)
        #expect(table.split(separator: "\n").count == 4)
        #expect(table.hasPrefix("path"))
        #expect(table.contains("target 60"))
    }

    @Test func libv4lconvertReproducesTheTestPattern() throws {
        let converter = try #require(FrameConverter())
        let bars = TestPattern.colourBars(width: 64, height: 8)
        let yuyv = TestPattern.yuyv(bars)
        let converted = try yuyv.withUnsafeBytes { bytes in
            try converter.convert(bytes, fourcc: FourCC.yuyv, width: 64, height: 8, bytesPerLine: 128)
        }
        for (index, colour) in TestPattern.barColours.enumerated() {
            let pixel = converted.bytes(x: TestPattern.barCentre(index, width: 64), y: 4).map(Int.init)
            #expect(close(pixel, colour, within: 4), "bar \(index): \(pixel)")
        }
    }
}
