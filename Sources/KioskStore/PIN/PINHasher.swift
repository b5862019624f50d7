import BlockingWork
import Foundation
import Crypto
import _CryptoExtras

/// Derives PIN hashes with PBKDF2-SHA256 on a dedicated thread: a derivation takes ~0.1–0.2 s and must
/// never block a thread of Swift's cooperative pool.
struct PINHasher: Sendable {
    static let saltBytes = 16
    static let hashBytes = 32

    let rounds: Int

    init(rounds: Int) {
        self.rounds = rounds
    }

    /// A new digest with a random 16-byte salt.
    func digest(pin: String) async throws -> PINDigest {
        var generator = SystemRandomNumberGenerator()
        let salt = Data((0..<Self.saltBytes).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        let rounds = self.rounds
        let hash = try await derive(pin: pin, salt: salt, rounds: rounds)
        return PINDigest(algorithm: PINDigest.algorithm, rounds: rounds, salt: salt, hash: hash)
    }

    /// True when `pin` matches `digest` (constant-time comparison of the derived bytes).
    func matches(pin: String, digest: PINDigest) async throws -> Bool {
        guard digest.algorithm == PINDigest.algorithm else { return false }
        let derived = try await derive(pin: pin, salt: digest.salt, rounds: digest.rounds)
        return Self.constantTimeEqual(derived, digest.hash)
    }

    private func derive(pin: String, salt: Data, rounds: Int) async throws -> Data {
        try await DedicatedThread.run(name: "pin-kdf") {
            let key = try KDF.Insecure.PBKDF2.deriveKey(from: Data(pin.utf8), salt: salt, using: .sha256,
                                                        outputByteCount: Self.hashBytes, rounds: rounds)
            return key.withUnsafeBytes { Data($0) }
        }
    }

    /// Compares every byte whatever the first difference, so timing does not tell how much matched.
    static func constantTimeEqual(_ a: Data, _ b: Data) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for (x, y) in zip(a, b) { difference |= x ^ y }
        return difference == 0
    }
}
