/// One terminal cell of a `Canvas`: a character and its style.
///
/// A wide character (2 columns) is stored in its left cell; the right cell is a continuation that draws
/// nothing of its own.
public struct Cell: Hashable, Sendable {
    /// The character (a grapheme cluster, possibly with combining marks).
    public var character: Character
    /// How the cell is drawn.
    public var style: Style
    /// True for the right half of a wide character.
    public var isContinuation: Bool

    /// Creates a cell.
    public init(_ character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    /// A space in the plain style.
    public static let blank = Cell()
}
