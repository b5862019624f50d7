/// A registered kiosk's id and bearer token. The token is shown once: the server keeps only its SHA-256.
public struct KioskCredentials: Codable, Hashable, Sendable {
    /// The id the server assigned.
    public var kioskID: String
    /// The kiosk's site.
    public var site: String
    /// The bearer token; store it in `[server] token_file`.
    public var token: String

    /// Makes credentials.
    public init(kioskID: String, site: String, token: String) {
        self.kioskID = kioskID
        self.site = site
        self.token = token
    }
}
