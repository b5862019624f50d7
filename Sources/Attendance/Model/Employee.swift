/// A person known to the kiosk.
public struct Employee: Hashable, Codable, Sendable {
    /// Badge code, unique in the organisation.
    public var code: EmployeeCode
    /// Full name, as greeted ("Ana Pérez").
    public var name: String
    /// What the person may do at the kiosk.
    public var role: Role
    /// An inactive employee (left, suspended) is never recognised nor punched.
    public var active: Bool

    public init(code: EmployeeCode, name: String, role: Role = .colaborador, active: Bool = true) {
        self.code = code
        self.name = name
        self.role = role
        self.active = active
    }
}
