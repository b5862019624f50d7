import Crypto
import Foundation

/// Bearer tokens and one-time codes: made from the system's random source, stored only as SHA-256.
enum TokenDigest {
    /// SHA-256 of the token's UTF-8 bytes.
    static func digest(_ token: String) -> Data {
        Data(SHA256.hash(data: Data(token.utf8)))
    }

    /// A new token: 32 random bytes as 64 hex digits.
    static func makeToken(bytes: Int = 32) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<bytes).map { _ in
            let byte = UInt8.random(in: 0...255, using: &generator)
            return (byte < 16 ? "0" : "") + String(byte, radix: 16)
        }.joined()
    }
}
