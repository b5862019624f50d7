public import Foundation

/// One line of the server's audit log: who did what.
public struct ServerAuditEntry: Codable, Hashable, Sendable {
    public var id: Int64
    public var at: Date
    /// An administrator, or `kiosk ID` for what a kiosk sent.
    public var actor: String
    /// A dotted name, e.g. `enrolment.accept`, `enrolment.reject`, `enrolment.override`.
    public var action: String
    public var detail: String

    public init(id: Int64, at: Date, actor: String, action: String, detail: String) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.detail = detail
    }
}
