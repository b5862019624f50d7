/// An employee as the roster carries it to a kiosk.
public struct RosterEmployee: Codable, Hashable, Sendable {
    /// Badge code, unique.
    public var code: String
    /// Full name.
    public var name: String
    /// `COLABORADOR`, `SUPERVISOR`, `TECNICO` or `ADMINISTRADOR`.
    public var role: String
    /// False when the person left or is suspended: never recognised nor punched.
    public var active: Bool
    /// The PIN hash in the kiosk's PHC-style text format, nil when the person has no PIN.
    public var pinHash: String?
    /// True while the person's biometric consent stands.
    public var biometricConsent: Bool
    /// The number their badge reader types, nil when the server has none for them.
    public var badge: String?

    /// Makes a roster employee.
    public init(code: String, name: String, role: String, active: Bool, pinHash: String?, biometricConsent: Bool,
                badge: String? = nil) {
        self.code = code
        self.name = name
        self.role = role
        self.active = active
        self.pinHash = pinHash
        self.biometricConsent = biometricConsent
        self.badge = badge
    }
}
