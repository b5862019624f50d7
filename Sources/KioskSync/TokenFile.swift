#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The kiosk's token file (`[server] token_file`): written once at registration with mode 0600, refused
/// when group or others may read or write it (the token lets anyone push punches as this door).
public enum TokenFile {
    /// Refuses a token file that group or others may read or write, with the fix.
    ///
    /// - Throws: ``SyncError`` `configuration` naming the file, its mode and `chmod 600 FILE`. A missing
    ///   file passes (reading it says to register).
    public static func checkPermissions(_ path: String) throws(SyncError) {
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        let mode = info.st_mode & 0o777
        guard mode & 0o077 != 0 else { return }
        let octal = String(mode, radix: 8)
        throw SyncError(.configuration,
                        "the token file '\(path)' has mode \(octal): group or others can read or change it; run `chmod 600 \(path)`",
                        "el fichero de token '\(path)' tiene permisos \(octal): el grupo u otros pueden leerlo o cambiarlo; ejecute `chmod 600 \(path)`")
    }

    /// Writes `token` to a new file at `path` with mode 0600; never replaces an existing file.
    ///
    /// - Throws: ``SyncError`` `configuration` when the file exists (unregister first), its folder is missing,
    ///   or the write fails.
    public static func create(_ path: String, token: String) throws {
        // O_EXCL: an existing token (or a link planted in its place) is never overwritten or followed.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let code = errno
            if code == EEXIST { throw alreadyExists(path) }
            let reason = String(cString: strerror(code))
            let folder = (path as NSString).deletingLastPathComponent
            throw SyncError(.configuration,
                            "the token file '\(path)' cannot be created (\(reason)); check that the folder '\(folder)' exists and is writable, or fix [server] token_file",
                            "no se puede crear el fichero de token '\(path)' (\(reason)); compruebe que la carpeta '\(folder)' existe y se puede escribir, o corrija [server] token_file")
        }
        defer { close(descriptor) }
        // The umask can only narrow 0600; fchmod makes the mode exact whatever it was.
        fchmod(descriptor, 0o600)
        let bytes = Array((token + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count, fsync(descriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(path)
            throw SyncError(.configuration, "the token file '\(path)' could not be written (\(reason))",
                            "no se pudo escribir el fichero de token '\(path)' (\(reason))")
        }
    }

    /// The refusal to replace an existing token file, with the way out.
    static func alreadyExists(_ path: String) -> SyncError {
        SyncError(.configuration,
                  "the token file '\(path)' already exists: this kiosk is registered; run `kiosk unregister` first to register it again",
                  "el fichero de token '\(path)' ya existe: este quiosco ya está registrado; ejecute antes `kiosk unregister` para registrarlo de nuevo")
    }

    /// Removes the token file.
    ///
    /// - Returns: false when there was none.
    /// - Throws: ``SyncError`` `configuration` when it exists but cannot be removed.
    @discardableResult
    public static func remove(_ path: String) throws -> Bool {
        if unlink(path) == 0 { return true }
        let code = errno
        if code == ENOENT { return false }
        let reason = String(cString: strerror(code))
        throw SyncError(.configuration, "the token file '\(path)' cannot be removed (\(reason))",
                        "no se puede borrar el fichero de token '\(path)' (\(reason))")
    }
}
