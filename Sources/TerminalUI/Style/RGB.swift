/// A 24-bit colour.
public struct RGB: Hashable, Sendable, CustomStringConvertible {
    /// Red, 0–255.
    public var red: UInt8
    /// Green, 0–255.
    public var green: UInt8
    /// Blue, 0–255.
    public var blue: UInt8

    /// Creates a colour from its components.
    public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Pure black.
    public static let black = RGB(0, 0, 0)
    /// Pure white.
    public static let white = RGB(255, 255, 255)
    /// The face-box green.
    public static let green = RGB(0, 220, 0)
    /// Warning yellow.
    public static let yellow = RGB(240, 200, 0)
    /// Error red.
    public static let red = RGB(230, 30, 30)

    /// Perceived brightness, 0–255 (Rec. 601 weights).
    public var luminance: Int {
        (299 * Int(red) + 587 * Int(green) + 114 * Int(blue)) / 1000
    }

    /// The 24-bit value 0xRRGGBB, which is the colour number in ncurses' direct-colour mode.
    public var packed: Int32 {
        Int32(red) << 16 | Int32(green) << 8 | Int32(blue)
    }

    /// "#RRGGBB".
    public var description: String {
        "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16, uppercase: true) }.joined()
    }
}
