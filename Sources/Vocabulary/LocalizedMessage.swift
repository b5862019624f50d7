/// Something shown to a person — an error, a refusal — that says what happened and what to do, in either of
/// the kiosk's languages.
///
/// Errors shown on the kiosk's panels, the technician's screen and the command line go through this protocol
/// (never `"\(error)"`), so a Spanish kiosk speaks Spanish and every failure carries its fix.
public protocol LocalizedMessage: Sendable {
    /// What happened, in `language`, quoting the bad input where it helps.
    func message(in language: Language) -> String
    /// What to do about it, in `language`; `nil` when `message(in:)` already ends with what to do.
    func fix(in language: Language) -> String?
}

extension LocalizedMessage {
    /// The message in both languages.
    public var bilingualMessage: Bilingual { Bilingual(es: message(in: .es), en: message(in: .en)) }

    /// The fix in both languages, when there is one apart from the message.
    public var bilingualFix: Bilingual? {
        guard let es = fix(in: .es), let en = fix(in: .en) else { return nil }
        return Bilingual(es: es, en: en)
    }

    /// The message followed by its fix, one line for a command line or a screen's status line.
    public func sentence(in language: Language) -> String {
        guard let fix = fix(in: language) else { return message(in: language) }
        return message(in: language) + " " + fix
    }
}

extension LocalizedMessage {
    /// `sentence(in:)` in both languages.
    public var bilingualSentence: Bilingual { Bilingual(es: sentence(in: .es), en: sentence(in: .en)) }
}
