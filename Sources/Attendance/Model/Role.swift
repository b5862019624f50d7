/// What a person may do at the kiosk. The raw values are the names used in the database and on the wire.
public enum Role: String, CaseIterable, Codable, Sendable {
    /// An employee who punches in and out.
    case colaborador = "COLABORADOR"
    /// Opens the day view, corrects punches, enrols faces.
    case supervisor = "SUPERVISOR"
    /// Opens the diagnostics.
    case tecnico = "TECNICO"
    /// Runs the central server; at a kiosk, may do what a supervisor and a technician may.
    case administrador = "ADMINISTRADOR"
}
