import Foundation

/// A correction as the console lists it: what, when, why, by whom and from where.
struct ConsoleCorrection: Sendable {
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
}
