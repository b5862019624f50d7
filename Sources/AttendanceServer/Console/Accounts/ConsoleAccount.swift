public import Attendance

/// A person signed in to the web console: an active supervisor (their own site) or administrator (everything).
public struct ConsoleAccount: Sendable, Hashable {
    /// Employee code (the login name).
    public var code: String
    /// Full name.
    public var name: String
    /// `SUPERVISOR` or `ADMINISTRADOR` (a `COLABORADOR` or `TECNICO` has no console).
    public var role: Role
    /// The site the person belongs to.
    public var site: String

    /// True for an administrator.
    public var isAdministrator: Bool { role == .administrador }

    /// True when this person may read and change `site`'s day: an administrator every site, a supervisor their own.
    public func mayOpen(site other: String) -> Bool { isAdministrator || other == site }

    /// True when the role has a console at all.
    static func hasConsole(_ role: Role) -> Bool { role == .supervisor || role == .administrador }
}
