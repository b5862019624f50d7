public import Foundation

/// The `[server]` section of kiosk.conf, checked: where the server is, the token, how often to sync.
public struct SyncSettings: Sendable {
    /// The server's base URL (`https://asistencia.example.org`).
    public var baseURL: URL
    /// The kiosk's bearer token (read from `token_file`).
    public var token: String
    /// Seconds between syncs when all is well.
    public var interval: Duration
    /// The kiosk software's version, sent in heartbeats.
    public var softwareVersion: String

    /// Checks the `[server]` values.
    ///
    /// - Parameters:
    ///   - url: `[server] url`; empty means standalone (the result is nil).
    ///   - tokenFile: `[server] token_file`, a file holding the token (trailing newline ignored).
    ///   - syncIntervalSeconds: `[server] sync_interval_seconds`, ≥ 1.
    ///   - softwareVersion: the kiosk's version.
    /// - Returns: nil when `url` is empty (standalone kiosk).
    /// - Throws: ``SyncError`` for a URL that is not http(s), plain `http://` to a host that is not loopback,
    ///   a token file that group or others may read or write (the fix is `chmod 600 FILE`), or an unreadable
    ///   or empty token file.
    public static func make(url: String, tokenFile: String, syncIntervalSeconds: Int, softwareVersion: String) throws -> SyncSettings? {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return nil }
        let base = try checkedURL(trimmed)
        try TokenFile.checkPermissions(tokenFile)
        let token: String
        do {
            token = try String(contentsOfFile: tokenFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        } catch {
            throw SyncError(.configuration, "the token file '\(tokenFile)' cannot be read; register the kiosk (`kiosk register`) or fix [server] token_file",
                            "no se puede leer el fichero de token '\(tokenFile)'; registre el quiosco (`kiosk register`) o corrija [server] token_file")
        }
        guard !token.isEmpty else {
            throw SyncError(.configuration, "the token file '\(tokenFile)' is empty; register the kiosk (`kiosk register`)",
                            "el fichero de token '\(tokenFile)' está vacío; registre el quiosco (`kiosk register`)")
        }
        guard syncIntervalSeconds >= 1 else {
            throw SyncError(.configuration, "[server] sync_interval_seconds = \(syncIntervalSeconds) must be at least 1",
                            "[server] sync_interval_seconds = \(syncIntervalSeconds) debe ser al menos 1")
        }
        return SyncSettings(baseURL: base, token: token, interval: .seconds(syncIntervalSeconds), softwareVersion: softwareVersion)
    }

    /// Makes settings from checked values.
    public init(baseURL: URL, token: String, interval: Duration, softwareVersion: String) {
        self.baseURL = baseURL
        self.token = token
        self.interval = interval
        self.softwareVersion = softwareVersion
    }

    /// Parses `text` and refuses plain HTTP to a host that is not loopback (templates and PIN hashes travel).
    public static func checkedURL(_ text: String) throws -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty,
              scheme == "http" || scheme == "https" else {
            throw SyncError(.configuration, "[server] url '\(text)' is not an http(s) URL such as https://asistencia.example.org",
                            "[server] url '\(text)' no es una URL http(s) como https://asistencia.example.org")
        }
        if scheme == "http" && !isLoopback(host) {
            throw SyncError(.configuration, "[server] url '\(text)' is plain http to another machine; use https:// (biometric data travels)",
                            "[server] url '\(text)' usa http sin cifrar hacia otra máquina; use https:// (viajan datos biométricos)")
        }
        return url
    }

    /// True for `localhost`, 127.0.0.0/8 and `::1`.
    static func isLoopback(_ host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        if bare == "localhost" || bare == "::1" { return true }
        let parts = bare.split(separator: ".")
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }
}
