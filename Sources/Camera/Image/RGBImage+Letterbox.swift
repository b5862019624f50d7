import Vocabulary

extension RGBImage {
    /// The picture scaled (bilinear, aspect ratio kept) to fit `width`×`height`, centred on black bars.
    func letterboxed(width targetWidth: Int, height targetHeight: Int) -> RGBImage {
        if width == targetWidth && height == targetHeight { return self }
        let scale = min(Double(targetWidth) / Double(width), Double(targetHeight) / Double(height))
        let scaledWidth = max(1, min(targetWidth, Int((Double(width) * scale).rounded())))
        let scaledHeight = max(1, min(targetHeight, Int((Double(height) * scale).rounded())))
        let left = (targetWidth - scaledWidth) / 2
        let top = (targetHeight - scaledHeight) / 2
        let xRatio = Double(width) / Double(scaledWidth)
        let yRatio = Double(height) / Double(scaledHeight)
        var output = [UInt8](repeating: 0, count: targetWidth * targetHeight * 3)
        pixels.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { destination in
                for row in 0..<scaledHeight {
                    // Sample at pixel centres so a flat region stays exactly flat.
                    let sourceY = min(max((Double(row) + 0.5) * yRatio - 0.5, 0), Double(height - 1))
                    let y0 = Int(sourceY)
                    let y1 = min(y0 + 1, height - 1)
                    let fy = sourceY - Double(y0)
                    for column in 0..<scaledWidth {
                        let sourceX = min(max((Double(column) + 0.5) * xRatio - 0.5, 0), Double(width - 1))
                        let x0 = Int(sourceX)
                        let x1 = min(x0 + 1, width - 1)
                        let fx = sourceX - Double(x0)
                        let out = ((top + row) * targetWidth + left + column) * 3
                        for channel in 0..<3 {
                            let a = Double(source[y0 * stride + x0 * 3 + channel])
                            let b = Double(source[y0 * stride + x1 * 3 + channel])
                            let c = Double(source[y1 * stride + x0 * 3 + channel])
                            let d = Double(source[y1 * stride + x1 * 3 + channel])
                            let top = a + (b - a) * fx
                            let bottom = c + (d - c) * fx
                            destination[out + channel] = UInt8((top + (bottom - top) * fy).rounded())
                        }
                    }
                }
            }
        }
        return RGBImage(width: targetWidth, height: targetHeight, pixels: output)
    }
}
