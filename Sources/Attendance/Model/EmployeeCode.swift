import Foundation

/// An employee's code as printed on their badge and typed at the PIN pad (e.g. `E001`).
///
/// Codes are compared exactly; surrounding spaces are removed when one is made from text.
public struct EmployeeCode: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The code's text.
    public let rawValue: String

    /// Makes a code from its text, trimmed of surrounding spaces.
    public init(rawValue: String) {
        // A code read back from the database or the roster has nothing to trim: looking at its two ends costs far
        // less than Foundation's trim, which was a third of the day summary's read for 5,000 people.
        if let first = rawValue.utf8.first, let last = rawValue.utf8.last, Self.isPrintableASCII(first), Self.isPrintableASCII(last) {
            self.rawValue = rawValue
        } else {
            self.rawValue = rawValue.trimmingCharacters(in: .whitespaces)
        }
    }

    /// A visible ASCII character: not a space, so nothing `.whitespaces` would trim.
    private static func isPrintableASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }

    /// Makes a code from its text.
    public init(_ text: String) { self.init(rawValue: text) }

    public var description: String { rawValue }

    public static func < (lhs: EmployeeCode, rhs: EmployeeCode) -> Bool { lhs.rawValue < rhs.rawValue }
}
