import Foundation

/// A correction as the console lists it: what, when, why, by whom and from where.
struct ConsoleCorrection: Sendable {
    var id: UUID
    var employeeCode: String
    var site: String
    var localDate: String
    var action: String
    var kind: String?
    var instant: Date?
    var reason: String
    var madeBy: String
    var madeAt: Date
    /// The kiosk that sent it, nil when made in the console.
    var kiosk: String?
    /// True when its site counts corrections only once approved.
    var siteNeedsApproval: Bool
    /// Who approved it, nil while not approved.
    var approvedBy: String?
    /// When it was approved.
    var approvedAt: Date?
}
