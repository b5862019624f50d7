import Logging
import PostgresNIO

// MARK: - Badges

extension ServerDatabase {
    /// True for a number a keyboard-wedge reader types: 4 to 32 ASCII letters and digits, the kiosk's own rule
    /// (`kiosk badge set`), so every badge the roster carries is one the kiosk accepts.
    static func isValidBadge(_ number: String) -> Bool {
        (4...32).contains(number.count) && number.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// Throws 409 naming the employee other than `code` who carries `badge`, if any. The number itself is
    /// not in the message: a badge is a credential.
    static func refuseTakenBadge(_ badge: String, for code: String, _ connection: PostgresConnection, logger: Logger) async throws {
        let holder = try await connection.query(
            "SELECT code FROM employees WHERE badge = \(badge) AND code <> \(code)", logger: logger)
            .decode(String.self).first { _ in true }
        if let holder {
            throw APIError(.conflict, "employee '\(code)': that badge already belongs to employee '\(holder)'; take it from them first")
        }
    }
}

extension ServerDatabase {
    /// The employee other than `code` who carries `badge`, nil when nobody does (the console names them when a
    /// save is refused for a taken badge).
    func badgeHolder(_ badge: String, except code: String) async throws -> String? {
        try await client.query("SELECT code FROM employees WHERE badge = \(badge) AND code <> \(code)", logger: logger)
            .decode(String.self).first { _ in true }
    }
}
