public import FaceEngine

/// Where to look first for a face already found: its last box grown by ``margin`` of its side on every
/// side, clamped to the frame. A person at a door moves little between two frames, and a smaller image
/// detects faster; when the region holds no face, the whole frame is searched.
public struct FaceRegion: Sendable, Equatable {
    /// How far the region reaches beyond the last box, as a fraction of the box's side.
    public static let margin = 0.75

    public let x: Int
    public let y: Int
    public let width: Int
    public let height: Int

    /// The region around `box` in a `frameWidth` x `frameHeight` frame, or nil when it would cover most
    /// of the frame anyway (searching the whole frame then costs about the same).
    public init?(around box: FaceBox, frameWidth: Int, frameHeight: Int) {
        let grow = Int((Double(max(box.width, box.height)) * Self.margin).rounded())
        let left = max(0, box.left - grow), top = max(0, box.top - grow)
        let right = min(frameWidth - 1, box.right + grow), bottom = min(frameHeight - 1, box.bottom + grow)
        guard right > left, bottom > top else { return nil }
        let area = (right - left + 1) * (bottom - top + 1)
        guard area * 4 < frameWidth * frameHeight * 3 else { return nil }
        x = left
        y = top
        width = right - left + 1
        height = bottom - top + 1
    }

    /// A box found inside the region, in frame pixels.
    public func toFrame(_ box: FaceBox) -> FaceBox {
        FaceBox(left: box.left + x, top: box.top + y, right: box.right + x, bottom: box.bottom + y, score: box.score)
    }
}
