/// The employee form's badge number: what a keyboard-wedge reader types, checked with the kiosk's own rule.
enum BadgeField {
    /// The form's field name.
    static let name = "badge"

    /// The badge the form asks for: `.keep` when the form has no badge field, `.set(nil)` when it is empty
    /// (the badge is taken away), `.set(number)` otherwise.
    enum Choice: Sendable, Equatable {
        case keep
        case set(String?)
    }

    /// Reads the badge field.
    ///
    /// - Throws: ``ConsoleError`` 400 (``ConsoleText/Key/badBadge``) for a number that is not 4 to 32 ASCII
    ///   letters and digits; the number itself is not repeated, it is a credential.
    static func choice(_ form: ConsoleForm) throws -> Choice {
        guard form.raw(name) != nil else { return .keep }
        guard let number = form[name] else { return .set(nil) }
        guard ServerDatabase.isValidBadge(number) else {
            throw ConsoleError(.badRequest, .badBadge, detail: "\(number.count)")
        }
        return .set(number)
    }
}
