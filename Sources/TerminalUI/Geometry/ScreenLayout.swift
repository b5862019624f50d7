/// The house layout (STYLE.md rule 10): a header line on top, an F-key bar at the bottom, the body between,
/// split into a left pane (live preview) and a right pane (messages, recent punches).
///
/// Recompute it from the terminal size on every frame, so a resize relayouts for free:
///
/// ```swift
/// let layout = ScreenLayout(size: canvas.size)
/// HeaderLine(title: "Asistencia").render(in: layout.header, on: &canvas)
/// ```
public struct ScreenLayout: Hashable, Sendable {
    /// The smallest terminal the kiosk is designed for.
    public static let minimumSize = Size(width: 80, height: 24)

    /// Row 0.
    public let header: Rect
    /// Everything between the header and the key bar.
    public let body: Rect
    /// The last row.
    public let keyBar: Rect
    /// The left part of the body (about 45 %), for the live preview.
    public let leftPane: Rect
    /// The right part of the body, after a one-column gap.
    public let rightPane: Rect

    /// Computes the layout for a terminal of `size`.
    ///
    /// - Parameter leftFraction: the share of the body's width given to the left pane.
    public init(size: Size, leftFraction: Double = 0.45) {
        let screen = Rect(size: size)
        let (header, rest) = screen.splitTop(1)
        let (body, keyBar) = rest.splitBottom(1)
        self.header = header
        self.body = body
        self.keyBar = keyBar
        (leftPane, rightPane) = body.splitHorizontally(fraction: leftFraction, gap: 1)
    }

    /// True when the terminal is at least `minimumSize`.
    public static func fits(_ size: Size) -> Bool {
        size.width >= minimumSize.width && size.height >= minimumSize.height
    }
}
