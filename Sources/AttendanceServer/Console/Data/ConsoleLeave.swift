import Foundation

/// One leave record on the Leave list: the stored leave with the person's name.
struct ConsoleLeave: Sendable {
    /// The leave, who granted it and when.
    var stored: ServerDatabase.StoredLeave
    /// The person's name.
    var employeeName: String
}
