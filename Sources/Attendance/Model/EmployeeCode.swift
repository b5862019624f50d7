import Foundation

/// An employee's code as printed on their badge and typed at the PIN pad (e.g. `E001`).
///
/// Codes are compared exactly; surrounding spaces are removed when one is made from text.
public struct EmployeeCode: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The code's text.
    public let rawValue: String

    /// Makes a code from its text, trimmed of surrounding spaces.
    public init(rawValue: String) {
        self.rawValue = rawValue.trimmingCharacters(in: .whitespaces)
    }

    /// Makes a code from its text.
    public init(_ text: String) { self.init(rawValue: text) }

    public var description: String { rawValue }

    public static func < (lhs: EmployeeCode, rhs: EmployeeCode) -> Bool { lhs.rawValue < rhs.rawValue }
}
