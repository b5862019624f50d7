/// Text attributes that work on every terminal, colour or not.
public struct Emphasis: OptionSet, Hashable, Sendable {
    /// The raw bits.
    public let rawValue: UInt8
    /// Creates emphasis from raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bold (often also brighter).
    public static let bold = Emphasis(rawValue: 1 << 0)
    /// Foreground and background swapped.
    public static let reverse = Emphasis(rawValue: 1 << 1)
    /// Underlined.
    public static let underline = Emphasis(rawValue: 1 << 2)
    /// Dim.
    public static let dim = Emphasis(rawValue: 1 << 3)
}
