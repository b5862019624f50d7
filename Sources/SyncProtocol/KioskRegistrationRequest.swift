/// `POST /api/v1/kiosks/register`: a one-time registration code, created by the administrator.
public struct KioskRegistrationRequest: Codable, Hashable, Sendable {
    /// The one-time code.
    public var code: String
    /// A name for the door ("Puerta norte"), shown in the administrator's kiosk list.
    public var name: String

    /// Makes a request.
    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}
