/// `POST /api/v1/admin/registration-codes`: a one-time code a technician types at a new kiosk.
public struct RegistrationCodeRequest: Codable, Hashable, Sendable {
    /// The site the kiosk will belong to.
    public var site: String
    /// How long the code is valid (default 60 minutes).
    public var validMinutes: Int?

    /// Makes a request.
    public init(site: String, validMinutes: Int? = nil) {
        self.site = site
        self.validMinutes = validMinutes
    }
}
