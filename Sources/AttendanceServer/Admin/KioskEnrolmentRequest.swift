/// `POST /api/v1/admin/kiosks`: register a kiosk directly (the token is in the answer, once).
public struct KioskEnrolmentRequest: Codable, Hashable, Sendable {
    /// Door name.
    public var name: String
    /// Site id.
    public var site: String

    /// Makes a request.
    public init(name: String, site: String) {
        self.name = name
        self.site = site
    }
}
