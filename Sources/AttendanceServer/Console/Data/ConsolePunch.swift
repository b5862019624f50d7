import Foundation

/// A punch as the console lists it: with the door's name.
struct ConsolePunch: Sendable {
    var employeeCode: String
    var instant: Date
    var localDate: String
    var kind: String
    var method: String
    var door: String
    var matchDistance: Double?
}
