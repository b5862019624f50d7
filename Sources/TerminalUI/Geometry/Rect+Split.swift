// MARK: - Split

extension Rect {
    /// Splits off the top `rows` rows (clamped to the height): returns (top, rest).
    public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
        let h = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: h), Rect(x: x, y: y + h, width: width, height: height - h))
    }

    /// Splits off the bottom `rows` rows (clamped to the height): returns (rest, bottom).
    public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
        let h = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: height - h), Rect(x: x, y: maxY - h, width: width, height: h))
    }

    /// Splits off the left `columns` columns (clamped to the width): returns (left, rest).
    public func splitLeft(_ columns: Int) -> (left: Rect, rest: Rect) {
        let w = min(max(0, columns), width)
        return (Rect(x: x, y: y, width: w, height: height), Rect(x: x + w, y: y, width: width - w, height: height))
    }

    /// Splits off the right `columns` columns (clamped to the width): returns (rest, right).
    public func splitRight(_ columns: Int) -> (rest: Rect, right: Rect) {
        let w = min(max(0, columns), width)
        return (Rect(x: x, y: y, width: width - w, height: height), Rect(x: maxX - w, y: y, width: w, height: height))
    }

    /// Splits into left and right parts, the left taking `fraction` of the width (rounded down), with
    /// `gap` empty columns between them.
    public func splitHorizontally(fraction: Double, gap: Int = 0) -> (left: Rect, right: Rect) {
        let clamped = min(max(fraction, 0), 1)
        let leftWidth = Int((Double(width) * clamped).rounded(.down))
        let (left, rest) = splitLeft(leftWidth)
        return (left, rest.splitLeft(gap).rest)
    }
}
