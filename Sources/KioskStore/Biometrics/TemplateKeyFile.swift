import Foundation
import Crypto

/// The 256-bit AES key that encrypts face templates, in a file with mode 0600 beside the database.
enum TemplateKeyFile {
    /// The key file for a database path: `<database>.templates.key`.
    static func path(forDatabase databasePath: String) -> String {
        databasePath + ".templates.key"
    }

    /// Loads the key, or creates it when there is none and no template needs an old key.
    ///
    /// - Returns: the key, and whether it was created now.
    /// - Throws: ``StoreError`` `templateKeyMissing` when templates exist but the file is gone,
    ///   `templateKeyInvalid` when the file is not 32 bytes.
    static func loadOrCreate(at path: String, templatesExist: Bool) throws -> (SymmetricKey, created: Bool) {
        let fm = FileManager.default
        if fm.fileExists(atPath: path) {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw StoreError(.templateKeyInvalid, context: path, underlying: error)
            }
            guard data.count == 32 else { throw StoreError(.templateKeyInvalid, context: path) }
            // Tighten permissions if someone loosened them: the key is as sensitive as the templates.
            chmod(path, 0o600)
            return (SymmetricKey(data: data), false)
        }
        guard !templatesExist else { throw StoreError(.templateKeyMissing, context: path) }
        let key = SymmetricKey(size: .bits256)
        let bytes = key.withUnsafeBytes { Data($0) }
        // O_EXCL: two processes opening a new database at once must not overwrite each other's key.
        let fd = Foundation.open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST { return try loadOrCreate(at: path, templatesExist: templatesExist) }
            throw StoreError(.cannotOpen, context: path, underlying: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO))
        }
        defer { close(fd) }
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count, fsync(fd) == 0 else {
            unlink(path)
            throw StoreError(.cannotOpen, context: path, underlying: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO))
        }
        return (key, true)
    }
}
