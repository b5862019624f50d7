/// One table row: the cell texts, and the role its text is drawn in (e.g. `.error` for an absent person).
public struct TableRow: Hashable, Sendable {
    /// Cell texts, one per column (missing cells are empty, extra cells ignored).
    public var cells: [String]
    /// The role of the row's text.
    public var role: StyleRole

    /// Creates a row.
    public init(_ cells: [String], role: StyleRole = .normal) {
        self.cells = cells
        self.role = role
    }
}
