import Attendance
import Hummingbird
import Vocabulary

/// The console's language: the `console_lang` cookie (set by the language switch), else the browser's
/// `Accept-Language` (the first of `es`/`en` it names, by quality), else Spanish.
enum ConsoleLanguage {
    /// The cookie the language switch sets.
    static let cookie = "console_lang"

    /// The language of `request`.
    static func of(_ request: Request) -> Language {
        if let chosen = request.cookies[cookie].flatMap({ Language(rawValue: $0.value) }) { return chosen }
        return fromAcceptLanguage(request.headers[.acceptLanguage])
    }

    /// The best of `es`/`en` in an `Accept-Language` value; Spanish when it names neither.
    static func fromAcceptLanguage(_ header: String?) -> Language {
        guard let header else { return .es }
        var best: (Language, Double)?
        for part in header.split(separator: ",") {
            let pieces = part.split(separator: ";")
            let tag = pieces.first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            let primary = tag.split(separator: "-").first.map(String.init) ?? ""
            guard let language = Language(rawValue: primary) else { continue }
            var quality = 1.0
            for parameter in pieces.dropFirst() {
                let pair = parameter.split(separator: "=")
                if pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces) == "q" {
                    quality = Double(pair[1].trimmingCharacters(in: .whitespaces)) ?? 0
                }
            }
            if quality > (best?.1 ?? 0) { best = (language, quality) }
        }
        return best?.0 ?? .es
    }
}
