/// Horizontal placement of text inside its columns.
public enum TextAlignment: Hashable, Sendable {
    /// Flush left.
    case leading
    /// Flush right (numbers, times).
    case trailing
    /// Centred; an odd leftover column goes to the right.
    case center
}
