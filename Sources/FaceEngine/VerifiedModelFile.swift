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
        let file = try Self.read(fileName: model.fileName, releaseSize: model.releaseSize, directory: directory, checksums: checksums)
        self.model = model
        self.path = file.path
        self.sha256 = file.sha256
        self.bytes = file.data
    }

    /// Reads `fileName` from `directory` and checks its size against `releaseSize` and its SHA-256 against
    /// `checksums`: the check every model file goes through, the optional ones (CNN detector, 68-point
    /// landmarks) included.
    ///
    /// - Throws: ``FaceEngineError`` naming the file: `.checksumEntryMissing`, `.modelFileMissing`,
    ///   `.modelFileTruncated`, `.modelFileWrongSize` or `.modelChecksumMismatch`.
    static func read(fileName: String, releaseSize: Int, directory: String,
                     checksums: ModelChecksums) throws(FaceEngineError) -> (path: String, data: Data, sha256: String) {
        let path = (directory as NSString).appendingPathComponent(fileName)
        guard let expected = checksums.digests[fileName] else {
            throw FaceEngineError(.checksumEntryMissing, path: path, detail: "no line for \(fileName) in \(ModelChecksums.fileName)")
        }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = (attributes[.size] as? NSNumber)?.intValue,
              let data = FileManager.default.contents(atPath: path)
        else {
            throw FaceEngineError(.modelFileMissing, path: path, detail: "not found or not readable")
        }
        if size < releaseSize || data.count < releaseSize {
            throw FaceEngineError(.modelFileTruncated, path: path, detail: "\(data.count) of \(releaseSize) bytes")
        }
        if data.count != releaseSize {
            throw FaceEngineError(.modelFileWrongSize, path: path, detail: "\(data.count) bytes, expected \(releaseSize)")
        }
        let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        if digest != expected {
            throw FaceEngineError(.modelChecksumMismatch, path: path, detail: "SHA-256 \(digest), expected \(expected)")
        }
        return (path, data, digest)
    }
}
