import Foundation

/// The expected SHA-256 of each model file, read from `<models_dir>/SHA256SUMS` (sha256sum's format:
/// `<64 hex digits>  <file name>` per line), the one place the hashes are kept.
public struct ModelChecksums: Sendable, Hashable {
    /// Name of the checksum list inside the models folder.
    public static let fileName = "SHA256SUMS"

    /// Lower-case hex digests by file name.
    public let digests: [String: String]

    /// Parses the text of a checksum list; lines that are not `digest  name` are ignored.
    public init(text: String) {
        var digests = [String: String]()
        for line in text.split(whereSeparator: \.isNewline) {
            let fields = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
            guard fields.count == 2 else { continue }
            let digest = fields[0].lowercased()
            guard digest.count == 64, digest.allSatisfy(\.isHexDigit) else { continue }
            // sha256sum marks binary mode with a leading '*' and may keep a "./" or folder prefix.
            var name = fields[1].trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("*") { name.removeFirst() }
            name = (name as NSString).lastPathComponent
            digests[name] = digest
        }
        self.digests = digests
    }

    /// Reads `<directory>/SHA256SUMS`.
    ///
    /// - Throws: ``FaceEngineError`` `.checksumsMissing` naming the file when it cannot be read.
    public init(directory: String) throws(FaceEngineError) {
        let path = (directory as NSString).appendingPathComponent(ModelChecksums.fileName)
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw FaceEngineError(.checksumsMissing, path: path, detail: "cannot read the file")
        }
        self.init(text: text)
    }
}
