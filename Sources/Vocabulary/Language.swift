/// The language of user-facing text (kiosk.conf `[kiosk] language`).
public enum Language: String, CaseIterable, Codable, Sendable {
    /// Spanish.
    case es
    /// English.
    case en
}
