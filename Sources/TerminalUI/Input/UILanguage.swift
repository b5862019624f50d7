/// The language of the widgets' own words (PIN pad labels).
public enum UILanguage: Hashable, Sendable {
    /// Español.
    case spanish
    /// English.
    case english
}
