/// Anti-forgery tokens: one per session (and one per login form, in a cookie), echoed by every form in a hidden
/// field; a POST whose field does not match is refused with 403.
enum CSRFToken {
    /// The form field's name.
    static let field = "csrf"

    /// A new token: 32 random bytes, hex.
    static func make() -> String { TokenDigest.makeToken() }

    /// True when `sent` equals `expected`, compared without an early exit.
    static func matches(_ sent: String?, _ expected: String) -> Bool {
        guard let sent, !expected.isEmpty else { return false }
        let a = Array(sent.utf8), b = Array(expected.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for (x, y) in zip(a, b) { difference |= x ^ y }
        return difference == 0
    }
}
