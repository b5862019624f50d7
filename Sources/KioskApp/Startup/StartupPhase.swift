public import Vocabulary

/// The start-up phases, in the only order they may run: the models load before memory is trimmed, and the
/// seeds (which enrol the demo faces) need the models — the system this replaces crashed by doing otherwise.
public enum StartupPhase: Int, CaseIterable, Hashable, Sendable, Comparable {
    case configuration
    case database
    case modelLoad
    case memoryCleanup
    case seeds
    case camera
    case sync

    /// The phase's name on the panel.
    public var title: Bilingual {
        switch self {
        case .configuration: Bilingual(es: "Configuración", en: "Configuration")
        case .database: Bilingual(es: "Base de datos", en: "Database")
        case .modelLoad: Bilingual(es: "Carga de modelos", en: "Model load")
        case .memoryCleanup: Bilingual(es: "Limpieza de memoria", en: "Memory cleanup")
        case .seeds: Bilingual(es: "Datos iniciales", en: "Seeds")
        case .camera: Bilingual(es: "Cámara", en: "Camera")
        case .sync: Bilingual(es: "Sincronización", en: "Server sync")
        }
    }

    public static func < (lhs: StartupPhase, rhs: StartupPhase) -> Bool { lhs.rawValue < rhs.rawValue }
}
