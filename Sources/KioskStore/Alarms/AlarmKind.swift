public import Attendance
public import Vocabulary

/// Why an alarm was raised.
public enum AlarmKind: String, Sendable, CaseIterable {
    /// The database was found corrupt, moved aside and recreated.
    case databaseRecovered
    /// The server refused an enrolment made here (the face is already another employee's); its templates
    /// were removed here. For the supervisor.
    case enrolmentRejected
    /// Something else the technician must see; the detail says what.
    case other

    /// A short title for the panel and diagnostics.
    public func title(in language: Language) -> String {
        switch (self, language) {
        case (.databaseRecovered, .es): return "Base de datos dañada: se apartó y se creó una nueva"
        case (.databaseRecovered, .en): return "Database was damaged: moved aside and recreated"
        case (.enrolmentRejected, .es): return "El servidor rechazó una inscripción facial hecha aquí"
        case (.enrolmentRejected, .en): return "The server refused a face enrolment made here"
        case (.other, .es): return "Aviso técnico"
        case (.other, .en): return "Technical alarm"
        }
    }
}
