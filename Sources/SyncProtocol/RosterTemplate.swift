public import Foundation

/// A face template (128-D descriptor) as the roster carries it to a kiosk of the employee's site.
public struct RosterTemplate: Codable, Hashable, Sendable {
    /// The template's UUID (the kiosk's own id when it was enrolled there).
    public var id: UUID
    /// Whose face.
    public var employeeCode: String
    /// The descriptor: 128 little-endian `Float32` values (base64 in JSON).
    public var descriptor: Data

    /// Makes a roster template.
    public init(id: UUID, employeeCode: String, descriptor: Data) {
        self.id = id
        self.employeeCode = employeeCode
        self.descriptor = descriptor
    }
}
