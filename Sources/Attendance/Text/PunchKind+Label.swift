public import Vocabulary

extension PunchKind {
    /// "entrada" / "salida", "in" / "out".
    public func label(language: Language) -> String {
        switch (self, language) {
        case (.entry, .es): "entrada"
        case (.entry, .en): "in"
        case (.exit, .es): "salida"
        case (.exit, .en): "out"
        }
    }
}
