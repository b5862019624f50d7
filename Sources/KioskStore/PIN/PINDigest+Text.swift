import Foundation

// MARK: - Text form

extension PINDigest {
    /// The PHC-style text form the server stores and the roster carries:
    /// `$pbkdf2-sha256$i=ROUNDS$SALT$HASH`, salt and hash in unpadded standard base64.
    var text: String {
        "$\(algorithm)$i=\(rounds)$\(Self.base64(salt))$\(Self.base64(hash))"
    }

    /// Parses the text form; nil when it is not a PBKDF2-SHA256 hash this kiosk can check (another
    /// algorithm, rounds below 1, salt or hash not base64, a hash that is not 32 bytes).
    init?(text: String) {
        let parts = text.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 5, parts[0].isEmpty, parts[1] == Self.algorithm, parts[2].hasPrefix("i="),
              let rounds = Int(parts[2].dropFirst(2)), rounds >= 1,
              let salt = Self.data(base64: parts[3]), !salt.isEmpty,
              let hash = Self.data(base64: parts[4]), hash.count == PINHasher.hashBytes
        else { return nil }
        self.init(algorithm: Self.algorithm, rounds: rounds, salt: salt, hash: hash)
    }

    private static func base64(_ data: Data) -> String {
        String(data.base64EncodedString().prefix { $0 != "=" })
    }

    private static func data(base64 text: Substring) -> Data? {
        let padding = String(repeating: "=", count: (4 - text.count % 4) % 4)
        return Data(base64Encoded: String(text) + padding)
    }
}
