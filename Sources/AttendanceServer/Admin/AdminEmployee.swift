/// An employee as the administrator reads and writes it.
public struct AdminEmployee: Codable, Hashable, Sendable {
    /// Badge code, unique.
    public var code: String
    /// Full name.
    public var name: String
    /// `COLABORADOR`, `SUPERVISOR`, `TECNICO` or `ADMINISTRADOR`.
    public var role: String
    /// The site whose kiosks receive this employee.
    public var site: String
    /// False when the person left or is suspended.
    public var active: Bool
    /// PIN hash in the kiosk's format (`kiosk pin` prints one); never a plain PIN.
    public var pinHash: String?
    /// Read-only: true while consent stands and templates may exist.
    public var biometricConsent: Bool?
    /// The number a badge reader types (4 to 32 ASCII letters and digits), one person per badge; the roster
    /// carries it to the site's kiosks. Nil for none.
    public var badge: String?

    /// Makes an employee.
    public init(code: String, name: String, role: String = "COLABORADOR", site: String, active: Bool = true,
                pinHash: String? = nil, biometricConsent: Bool? = nil, badge: String? = nil) {
        self.code = code
        self.name = name
        self.role = role
        self.site = site
        self.active = active
        self.pinHash = pinHash
        self.biometricConsent = biometricConsent
        self.badge = badge
    }
}
