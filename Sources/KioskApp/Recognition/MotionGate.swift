public import Camera

/// Decides whether a frame is worth detecting: a still, empty scene is not.
///
/// Each frame is reduced to a 32 x 24 thumbnail of grey cells (a 4 x 4 sample of pixels per cell, a few
/// microseconds). A frame is worth detecting when enough cells moved since the last frame detected, or when
/// the last detection is older than ``refreshInterval`` on the frames' clock (a slow change still gets seen).
/// It compares with the last *detected* frame, not the previous one, so a slow drift adds up.
public struct MotionGate: Sendable {
    /// Thumbnail columns and rows.
    public static let columns = 32
    public static let rows = 24
    /// A cell counts as changed when its grey level (0...255) moved by more than this; a cell averages 16
    /// pixels, so sensor noise stays far below it.
    public static let cellThreshold = 12
    /// Changed cells that make a frame worth detecting; a face of the minimum size covers many more.
    public static let changedCellsNeeded = 2
    /// A still scene is detected again after this long, on the frames' own clock.
    public static let refreshInterval: Duration = .seconds(5)

    private var reference: [UInt8]?
    private var referenceTime: Duration = .zero

    public init() {}

    /// Whether `frame` should be detected; when it should, it becomes the reference for the next frames.
    ///
    /// - Parameter force: Detect whatever the change (a face was in the last frame: keep following it).
    public mutating func worthDetecting(_ frame: Frame, force: Bool = false) -> Bool {
        let thumbnail = Self.thumbnail(of: frame)
        if !force, let reference, frame.timestamp - referenceTime < Self.refreshInterval,
           Self.changedCells(thumbnail, reference) < Self.changedCellsNeeded {
            return false
        }
        reference = thumbnail
        referenceTime = frame.timestamp
        return true
    }

    /// Mean grey level of a 4 x 4 pixel sample in each cell, row by row.
    static func thumbnail(of frame: Frame) -> [UInt8] {
        var cells = [UInt8](repeating: 0, count: columns * rows)
        frame.pixels.withUnsafeBufferPointer { pixels in
            for row in 0..<rows {
                for column in 0..<columns {
                    var sum = 0
                    for sampleRow in 0..<4 {
                        let y = min(frame.height - 1, (row * 4 + sampleRow) * frame.height / (rows * 4))
                        for sampleColumn in 0..<4 {
                            let x = min(frame.width - 1, (column * 4 + sampleColumn) * frame.width / (columns * 4))
                            let offset = y * frame.stride + x * 3
                            sum += Int(pixels[offset]) + Int(pixels[offset + 1]) + Int(pixels[offset + 2])
                        }
                    }
                    cells[row * columns + column] = UInt8(sum / 48)
                }
            }
        }
        return cells
    }

    /// Cells whose grey level differs by more than ``cellThreshold``.
    static func changedCells(_ a: [UInt8], _ b: [UInt8]) -> Int {
        zip(a, b).reduce(0) { count, pair in abs(Int(pair.0) - Int(pair.1)) > cellThreshold ? count + 1 : count }
    }
}
