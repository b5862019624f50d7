import Testing
@testable import TerminalUI
import Vocabulary

@Suite struct HalfBlockImageTests {
    /// 2×4 pixels: each column of four pixels becomes two stacked cells.
    private let pattern: [RGB] = [
        RGB(255, 0, 0), RGB(0, 255, 0),
        RGB(0, 0, 255), .white,
        .black, RGB(255, 255, 0),
        RGB(10, 20, 30), RGB(40, 50, 60),
    ]

    private func image(_ pixels: [RGB], width: Int, stride: Int? = nil) -> RGBImage {
        let rowBytes = stride ?? 3 * width
        var bytes = [UInt8](repeating: 0, count: rowBytes * (pixels.count / width))
        for (i, p) in pixels.enumerated() {
            let o = (i / width) * rowBytes + 3 * (i % width)
            bytes[o] = p.red; bytes[o + 1] = p.green; bytes[o + 2] = p.blue
        }
        return RGBImage(width: width, height: pixels.count / width, stride: stride, pixels: bytes)
    }

    @Test func upperPixelIsForegroundLowerIsBackground() {
        var canvas = Canvas(size: Size(width: 2, height: 2))
        HalfBlockImage(image: image(pattern, width: 2, stride: 8)).render(in: canvas.bounds, on: &canvas)
        #expect(canvas.lines == ["▀▀", "▀▀"])
        #expect(canvas[0, 0].style.foreground == RGB(255, 0, 0) && canvas[0, 0].style.background == RGB(0, 0, 255))
        #expect(canvas[1, 0].style.foreground == RGB(0, 255, 0) && canvas[1, 0].style.background == .white)
        #expect(canvas[0, 1].style.foreground == .black && canvas[0, 1].style.background == RGB(10, 20, 30))
        #expect(canvas[1, 1].style.foreground == RGB(255, 255, 0) && canvas[1, 1].style.background == RGB(40, 50, 60))
    }

    @Test func colorsQuantiseForEachMode() {
        var canvas = Canvas(size: Size(width: 2, height: 2))
        HalfBlockImage(image: image(pattern, width: 2)).render(in: canvas.bounds, on: &canvas)
        let topLeft = canvas[0, 0].style
        let p256 = CellPaint(style: topLeft, theme: .standard, mode: .palette256)
        #expect(p256.foreground == 196 && p256.background == 21)
        let green256 = CellPaint(style: canvas[1, 0].style, theme: .standard, mode: .palette256)
        #expect(green256.foreground == 46 && green256.background == 231)
        let direct = CellPaint(style: topLeft, theme: .standard, mode: .trueColor)
        #expect(direct.foreground == 0xFF0000 && direct.background == 0x0000FF)
        let black = CellPaint(style: canvas[0, 1].style, theme: .standard, mode: .trueColor)
        #expect(black.foreground == 8, "near-black must avoid 0–7, which xterm-direct reads as ANSI colours")
        let ansi = CellPaint(style: topLeft, theme: .standard, mode: .ansi(colors: 8))
        #expect(ansi.foreground == 1 && ansi.background == 4)
        let mono = CellPaint(style: canvas[1, 0].style, theme: .standard, mode: .monochrome)
        #expect(mono.foreground == -1 && mono.background == -1 && mono.substitute != nil)
    }

    @Test func pictureKeepsItsAspectRatioAndIsCentred() {
        // 4×2 pixels in 10×3 cells: scaled 2.5× to 10×5 pixels, i.e. 10×3 cells, the last lower half empty.
        var canvas = Canvas(size: Size(width: 10, height: 3))
        let pixels = Array(repeating: RGB(200, 100, 50), count: 8)
        HalfBlockImage(image: image(pixels, width: 4)).render(in: canvas.bounds, on: &canvas)
        #expect(canvas.lines == ["▀▀▀▀▀▀▀▀▀▀", "▀▀▀▀▀▀▀▀▀▀", "▀▀▀▀▀▀▀▀▀▀"])
        #expect(canvas[0, 1].style.background == RGB(200, 100, 50))
        #expect(canvas[0, 2].style.background == nil)

        var wide = Canvas(size: Size(width: 10, height: 2))
        HalfBlockImage(image: image(pixels, width: 2)).render(in: wide.bounds, on: &wide)
        // 2×4 pixels in 10×2 cells: 2×4 pixels, centred at columns 4–5.
        #expect(wide.lines == ["    ▀▀    ", "    ▀▀    "])
    }

    @Test func shrinkingAveragesPixels() {
        // 2×4 pixels shrunk into one cell: each half averages a 2×2 block of black and white.
        let pixels: [RGB] = Array(repeating: [RGB.black, .white], count: 4).flatMap { $0 }
        var canvas = Canvas(size: Size(width: 1, height: 1))
        HalfBlockImage(image: image(pixels, width: 2)).render(in: canvas.bounds, on: &canvas)
        #expect(canvas[0, 0].style.foreground == RGB(127, 127, 127))
        #expect(canvas[0, 0].style.background == RGB(127, 127, 127))
    }

    @Test func faceBoxOutlineIsScaledIntoTheCells() {
        var canvas = Canvas(size: Size(width: 8, height: 4))
        let dark = Array(repeating: RGB.black, count: 64)
        HalfBlockImage(image: image(dark, width: 8), overlay: PixelRect(x: 2, y: 2, width: 4, height: 4), overlayColor: .green)
            .render(in: canvas.bounds, on: &canvas)
        // Cell row 1 holds pixel rows 2 (top edge) and 3 (sides only).
        let row1 = (0..<8).map { canvas[$0, 1].style }
        #expect(row1.map(\.foreground) == [.black, .black, .green, .green, .green, .green, .black, .black])
        #expect(row1.map(\.background) == [.black, .black, .green, .black, .black, .green, .black, .black])
        let row0 = (0..<8).map { canvas[$0, 0].style }
        #expect(row0.allSatisfy { $0.foreground == .black && $0.background == .black })
    }
}
