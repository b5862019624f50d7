extension RGBImage {
    /// The rectangle at (`x`, `y`) of `width`×`height` pixels, clamped to the picture (at least one pixel).
    func cropped(x: Int, y: Int, width cropWidth: Int, height cropHeight: Int) -> RGBImage {
        let left = min(max(0, x), width - 1)
        let top = min(max(0, y), height - 1)
        let w = max(1, min(cropWidth, width - left))
        let h = max(1, min(cropHeight, height - top))
        if left == 0 && top == 0 && w == width && h == height { return self }
        var output = [UInt8](repeating: 0, count: w * h * 3)
        for row in 0..<h {
            let from = ((top + row) * width + left) * 3
            output.replaceSubrange(row * w * 3..<(row + 1) * w * 3, with: pixels[from..<from + w * 3])
        }
        return RGBImage(width: w, height: h, pixels: output)
    }
}
