public import Vocabulary

/// A picture drawn with upper-half blocks "▀": each cell shows two pixels stacked, the upper one as the
/// foreground colour and the lower one as the background, so a cell is two square pixels.
///
/// The picture is scaled to fit the rectangle keeping its aspect ratio, centred, box-filtered when shrunk.
/// An optional `overlay` rectangle (the face box, in picture pixels) is scaled the same way and drawn as a
/// one-pixel outline. Colours are quantised later, by the session, for what the terminal supports.
public struct HalfBlockImage: Widget, Sendable {
    /// The picture.
    public var image: RGBImage
    /// The outline to draw over it, in picture pixels.
    public var overlay: PixelRect?
    /// The outline's colour.
    public var overlayColor: RGB

    /// The character of every picture cell.
    public static let upperHalfBlock: Character = "▀"

    /// Creates the widget.
    public init(image: RGBImage, overlay: PixelRect? = nil, overlayColor: RGB = .green) {
        self.image = image
        self.overlay = overlay
        self.overlayColor = overlayColor
    }

    /// The pixel grid (width × height, in half-cells) the picture is scaled to inside `rect`.
    public static func scaledPixelSize(imageWidth: Int, imageHeight: Int, in rect: Rect) -> (width: Int, height: Int) {
        guard !rect.isEmpty, imageWidth > 0, imageHeight > 0 else { return (0, 0) }
        let scale = min(Double(rect.width) / Double(imageWidth), Double(2 * rect.height) / Double(imageHeight))
        let width = min(rect.width, max(1, Int((Double(imageWidth) * scale).rounded())))
        let height = min(2 * rect.height, max(1, Int((Double(imageHeight) * scale).rounded())))
        return (width, height)
    }

    /// Draws the picture centred in `rect`; cells of `rect` it does not cover become blank.
    public func render(in rect: Rect, on canvas: inout Canvas) {
        let area = rect.intersection(canvas.bounds)
        canvas.fill(area)
        let (pixelWidth, pixelHeight) = Self.scaledPixelSize(imageWidth: image.width, imageHeight: image.height, in: rect)
        guard pixelWidth > 0, pixelHeight > 0 else { return }
        var grid = sample(width: pixelWidth, height: pixelHeight)
        if let overlay { outline(overlay, on: &grid, width: pixelWidth, height: pixelHeight) }
        let cellHeight = (pixelHeight + 1) / 2
        let originX = rect.x + (rect.width - pixelWidth) / 2
        let originY = rect.y + (rect.height - cellHeight) / 2
        for row in 0..<cellHeight {
            for column in 0..<pixelWidth {
                let upper = grid[2 * row * pixelWidth + column]
                let lower = 2 * row + 1 < pixelHeight ? grid[(2 * row + 1) * pixelWidth + column] : nil
                let style = Style(.normal, foreground: upper, background: lower)
                canvas.put(Self.upperHalfBlock, x: originX + column, y: originY + row, style: style, clip: area)
            }
        }
    }

    /// Box-filters the picture down (or repeats pixels up) to `width` × `height`; at most 4×4 source pixels
    /// are averaged per target pixel, which bounds the cost for large frames.
    private func sample(width: Int, height: Int) -> [RGB] {
        var grid = [RGB](repeating: .black, count: width * height)
        image.pixels.withUnsafeBufferPointer { bytes in
            for ty in 0..<height {
                let y0 = ty * image.height / height
                let y1 = max(y0 + 1, (ty + 1) * image.height / height)
                let stepY = max(1, (y1 - y0) / 4)
                for tx in 0..<width {
                    let x0 = tx * image.width / width
                    let x1 = max(x0 + 1, (tx + 1) * image.width / width)
                    let stepX = max(1, (x1 - x0) / 4)
                    var r = 0, g = 0, b = 0, n = 0
                    var y = y0
                    while y < y1 {
                        var i = y * image.stride + 3 * x0
                        var x = x0
                        while x < x1 {
                            r += Int(bytes[i]); g += Int(bytes[i + 1]); b += Int(bytes[i + 2]); n += 1
                            x += stepX
                            i += 3 * stepX
                        }
                        y += stepY
                    }
                    grid[ty * width + tx] = RGB(UInt8(r / n), UInt8(g / n), UInt8(b / n))
                }
            }
        }
        return grid
    }

    private func outline(_ box: PixelRect, on grid: inout [RGB], width: Int, height: Int) {
        func scaleX(_ x: Int) -> Int { min(width - 1, max(0, x * width / image.width)) }
        func scaleY(_ y: Int) -> Int { min(height - 1, max(0, y * height / image.height)) }
        guard box.width > 0, box.height > 0 else { return }
        let left = scaleX(box.x), right = scaleX(box.x + box.width - 1)
        let top = scaleY(box.y), bottom = scaleY(box.y + box.height - 1)
        for x in left...right {
            grid[top * width + x] = overlayColor
            grid[bottom * width + x] = overlayColor
        }
        for y in top...bottom {
            grid[y * width + left] = overlayColor
            grid[y * width + right] = overlayColor
        }
    }
}
