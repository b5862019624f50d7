public import Attendance

/// The two kinds of staff screen a PIN opens.
public enum StaffRole: Hashable, Sendable {
    case supervisor
    case technician

    /// Roles allowed in: an administrator may open both.
    var allowed: Set<Role> {
        switch self {
        case .supervisor: [.supervisor, .administrador]
        case .technician: [.tecnico, .administrador]
        }
    }
}
