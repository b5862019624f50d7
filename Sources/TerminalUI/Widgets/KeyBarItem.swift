/// One entry of the F-key bar: the key as printed on the keyboard and what it does.
public struct KeyBarItem: Hashable, Sendable {
    /// "F1", "Enter", "Esc".
    public var key: String
    /// "Ayuda", "Supervisor".
    public var label: String

    /// Creates an entry.
    public init(_ key: String, _ label: String) {
        self.key = key
        self.label = label
    }
}
