public import Attendance

/// A user-facing text in both of the kiosk's languages.
public struct Bilingual: Hashable, Sendable, Codable {
    public var es: String
    public var en: String

    public init(es: String, en: String) {
        self.es = es
        self.en = en
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String { language == .es ? es : en }
}
