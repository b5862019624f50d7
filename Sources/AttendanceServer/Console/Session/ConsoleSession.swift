import Foundation

/// What the console keeps per signed-in browser (in PostgreSQL, behind the session cookie).
struct ConsoleSession: Codable, Sendable {
    /// The signed-in person's employee code.
    var employeeCode: String
    /// The CSRF token every form of this session carries (compared in constant time).
    var csrfToken: String
    /// When the person signed in.
    var signedInAt: Date
}
