import Foundation
import Crypto

/// Seals and opens face templates with AES-GCM. The template id and employee code are authenticated
/// data, so a row's ciphertext cannot be moved to another employee unnoticed.
struct TemplateCipher: Sendable {
    /// Floats in one dlib descriptor.
    static let dimensions = 128

    let key: SymmetricKey

    func seal(_ vector: [Float], id: String, employeeCode: String) throws -> Data {
        var plain = Data(capacity: vector.count * 4)
        for value in vector {
            withUnsafeBytes(of: value.bitPattern.littleEndian) { plain.append(contentsOf: $0) }
        }
        let box = try AES.GCM.seal(plain, using: key, authenticating: Data((id + "|" + employeeCode).utf8))
        guard let combined = box.combined else { throw StoreError(.templateDecryption, context: "seal") }
        return combined
    }

    func open(_ sealed: Data, id: String, employeeCode: String) throws -> [Float] {
        let plain: Data
        do {
            let box = try AES.GCM.SealedBox(combined: sealed)
            plain = try AES.GCM.open(box, using: key, authenticating: Data((id + "|" + employeeCode).utf8))
        } catch {
            throw StoreError(.templateDecryption, context: "template \(id)", underlying: error)
        }
        guard plain.count == Self.dimensions * 4 else {
            throw StoreError(.templateDecryption, context: "template \(id): \(plain.count) bytes")
        }
        return plain.withUnsafeBytes { raw in
            (0..<Self.dimensions).map { i in
                Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)))
            }
        }
    }
}
