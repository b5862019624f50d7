public import Attendance

/// Why an alarm was raised.
public enum AlarmKind: String, Sendable, CaseIterable {
    /// The database was found corrupt, moved aside and recreated.
    case databaseRecovered
    /// Something else the technician must see; the detail says what.
    case other

    /// A short title for the panel and diagnostics.
    public func title(in language: Language) -> String {
        switch (self, language) {
        case (.databaseRecovered, .es): return "Base de datos dañada: se apartó y se creó una nueva"
        case (.databaseRecovered, .en): return "Database was damaged: moved aside and recreated"
        case (.other, .es): return "Aviso técnico"
        case (.other, .en): return "Technical alarm"
        }
    }
}
