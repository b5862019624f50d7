import _CryptoExtras
import Crypto
import Foundation

/// Makes a new kiosk PIN for an employee (the console's "reset PIN"): six random digits, hashed in the kiosk's
/// text form (`$pbkdf2-sha256$i=ROUNDS$SALT$HASH`, as `kiosk pin` prints) on a ``KDFQueue``. The PIN itself is
/// shown once to the administrator and never stored.
struct KioskPINMaker: Sendable {
    /// PBKDF2-SHA256 rounds; the kiosk's own minimum (swift-crypto refuses fewer than 210,000).
    static let rounds = 210_000
    private let queue = KDFQueue(label: "AttendanceServer.kioskPINs")

    /// A new PIN and its hash.
    func make() async throws -> (pin: String, hash: String) {
        var generator = SystemRandomNumberGenerator()
        let pin = (0..<6).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
        let salt = Data((0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        let derived = try await queue.run {
            let key = try KDF.Insecure.PBKDF2.deriveKey(from: Data(pin.utf8), salt: salt, using: .sha256,
                                                        outputByteCount: 32, rounds: Self.rounds)
            return key.withUnsafeBytes { Data($0) }
        }
        return (pin, "$pbkdf2-sha256$i=\(Self.rounds)$\(Self.base64(salt))$\(Self.base64(derived))")
    }

    /// Unpadded standard base64, as the kiosk writes it.
    private static func base64(_ data: Data) -> String {
        String(data.base64EncodedString().prefix { $0 != "=" })
    }
}
