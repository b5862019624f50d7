/// A user-facing text in both of the kiosk's languages: the one way a text is picked by language.
///
/// `Bilingual(es: "Cámara", en: "Camera").text(.es)` is "Cámara".
public struct Bilingual: Hashable, Sendable, Codable {
    /// The Spanish text.
    public var es: String
    /// The English text.
    public var en: String

    /// A text written in both languages.
    public init(es: String, en: String) {
        self.es = es
        self.en = en
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .es: es
        case .en: en
        }
    }
}
