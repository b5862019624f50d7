public import Foundation
public import Attendance

/// One decrypted face template for building the recognition gallery.
///
/// `description` and `debugDescription` never show the vector (special-category data, STYLE.md rule 5).
public struct StoredTemplate: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The template's UUID.
    public var id: UUID
    /// Whose face it is.
    public var employee: EmployeeCode
    /// The 128-D descriptor.
    public var vector: [Float]

    public init(id: UUID, employee: EmployeeCode, vector: [Float]) {
        self.id = id
        self.employee = employee
        self.vector = vector
    }

    public var description: String { "StoredTemplate(\(vector.count)-D, redacted)" }
    public var debugDescription: String { "StoredTemplate(id: \(id), employee: \(employee), \(vector.count)-D vector redacted)" }
}
