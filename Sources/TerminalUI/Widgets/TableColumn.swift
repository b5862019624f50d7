/// A table column: its title, how wide it is, and how its cells align.
public struct TableColumn: Hashable, Sendable {
    /// How a column's width is decided.
    public enum Width: Hashable, Sendable {
        /// Exactly this many columns.
        case fixed(Int)
        /// A share (by `weight`) of what the fixed columns leave, at least `minimum` columns.
        case flexible(minimum: Int, weight: Int = 1)
    }

    /// Header text.
    public var title: String
    /// Width rule.
    public var width: Width
    /// Alignment of the header and cells.
    public var alignment: TextAlignment

    /// Creates a column.
    public init(_ title: String, width: Width, alignment: TextAlignment = .leading) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}
