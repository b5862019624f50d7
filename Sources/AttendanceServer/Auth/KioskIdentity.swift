/// The kiosk a request's token belongs to.
public struct KioskIdentity: Sendable, Hashable {
    /// The server-assigned id.
    public var id: String
    /// Its site: the roster it receives is this site's.
    public var site: String
}
