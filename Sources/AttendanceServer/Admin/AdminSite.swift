/// A site (a building with one or more doors).
public struct AdminSite: Codable, Hashable, Sendable {
    /// Short id, used in URLs and kiosk records.
    public var id: String
    /// Display name.
    public var name: String

    /// Makes a site.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
