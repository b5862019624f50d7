import Crypto
import Foundation

/// A model file read once from disk whose size and SHA-256 matched: its bytes go straight to dlib.
public struct VerifiedModelFile: Sendable {
    /// Which model this is.
    public let model: ModelFile
    /// Where it was read from.
    public let path: String
    /// Its SHA-256, lower-case hex.
    public let sha256: String
    /// The verified contents.
    let bytes: Data

    /// Its size in bytes.
    public var size: Int { bytes.count }

    /// Reads `model` from `directory` and checks it against `checksums`.
    ///
    /// - Throws: ``FaceEngineError`` naming the file: `.checksumEntryMissing`, `.modelFileMissing`,
    ///   `.modelFileTruncated`, `.modelFileWrongSize` or `.modelChecksumMismatch`.
    public init(_ model: ModelFile, directory: String, checksums: ModelChecksums) throws(FaceEngineError) {
        let path = (directory as NSString).appendingPathComponent(model.fileName)
        guard let expected = checksums.digests[model.fileName] else {
            throw FaceEngineError(.checksumEntryMissing, path: path, detail: "no line for \(model.fileName) in \(ModelChecksums.fileName)")
        }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = (attributes[.size] as? NSNumber)?.intValue,
              let data = FileManager.default.contents(atPath: path)
        else {
            throw FaceEngineError(.modelFileMissing, path: path, detail: "not found or not readable")
        }
        if size < model.releaseSize || data.count < model.releaseSize {
            throw FaceEngineError(.modelFileTruncated, path: path, detail: "\(data.count) of \(model.releaseSize) bytes")
        }
        if data.count != model.releaseSize {
            throw FaceEngineError(.modelFileWrongSize, path: path, detail: "\(data.count) bytes, expected \(model.releaseSize)")
        }
        let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        if digest != expected {
            throw FaceEngineError(.modelChecksumMismatch, path: path, detail: "SHA-256 \(digest), expected \(expected)")
        }
        self.model = model
        self.path = path
        self.sha256 = digest
        self.bytes = data
    }
}
