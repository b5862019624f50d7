import Foundation

/// A stored PIN hash: algorithm, rounds, salt and derived bytes (never the PIN).
struct PINDigest: Sendable, CustomStringConvertible {
    static let algorithm = "pbkdf2-sha256"

    var algorithm: String
    var rounds: Int
    var salt: Data
    var hash: Data

    /// Redacted: salt and hash never reach a log.
    var description: String { "PINDigest(\(algorithm), \(rounds) rounds)" }
}
