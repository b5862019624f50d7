public import Attendance
public import Foundation

/// A supervisor or technician recognised at the door: their punch is recorded as usual, and for a few
/// seconds the key bar offers their screen (F2 / F3), which asks for their own PIN — never a shared one.
public struct StaffOffer: Hashable, Sendable {
    /// How long the offer stays on the key bar.
    public static let seconds: TimeInterval = 8

    public var code: EmployeeCode
    public var name: String
    /// The screens their role opens (an administrator gets both).
    public var roles: [StaffRole]
    public var until: Date

    /// The offer for a recognised `employee`, or nil when their role opens no staff screen.
    public init?(for employee: Employee, at now: Date) {
        let roles = [StaffRole.supervisor, .technician].filter { $0.allowed.contains(employee.role) }
        guard !roles.isEmpty else { return nil }
        self.code = employee.code
        self.name = employee.name
        self.roles = roles
        self.until = now.addingTimeInterval(Self.seconds)
    }

    /// True while the key bar offers the screens.
    public func isOpen(at now: Date) -> Bool {
        now < until
    }

    /// The F key of a role's screen.
    public static func key(of role: StaffRole) -> Int {
        role == .supervisor ? 2 : 3
    }
}
