/// A one-row bar: filled cells "█" (with eighth-block precision) in the role's colour, empty cells "░",
/// and the percentage on the right ("█████░░░░░  50%"). Readable without colour.
public struct ProgressBar: Widget, Sendable {
    /// Completion, 0…1 (clamped).
    public var fraction: Double
    /// The colour of the filled part (`.ok` done, `.warn` degraded, `.error` failed, `.info` running).
    public var role: StyleRole
    /// Whether the last 5 columns show " 50%".
    public var showsPercentage: Bool

    /// Partial blocks for 1/8 … 7/8 of a cell.
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// Creates a bar.
    public init(fraction: Double, role: StyleRole = .info, showsPercentage: Bool = true) {
        self.fraction = fraction.isNaN ? 0 : min(max(fraction, 0), 1)
        self.role = role
        self.showsPercentage = showsPercentage
    }

    /// Draws the first row of `rect`.
    public func render(in rect: Rect, on canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        let line = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        let (barArea, percentArea) = line.splitRight(showsPercentage && line.width > 5 ? 5 : 0)
        let totalEighths = Int((fraction * Double(barArea.width) * 8).rounded())
        let full = totalEighths / 8
        let partial = totalEighths % 8
        for i in 0..<barArea.width {
            let x = barArea.x + i
            if i < full {
                canvas.put("█", x: x, y: line.y, style: Style(role))
            } else if i == full && partial > 0 {
                canvas.put(Self.eighths[partial - 1], x: x, y: line.y, style: Style(role))
            } else {
                canvas.put("░", x: x, y: line.y, style: Style(.muted))
            }
        }
        if !percentArea.isEmpty {
            let percent = Int((fraction * 100).rounded())
            canvas.write(DisplayWidth.fit("\(percent)%", to: percentArea.width, alignment: .trailing), x: percentArea.x, y: line.y, style: Style(role))
        }
    }
}
