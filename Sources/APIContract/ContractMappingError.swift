/// A value that the contract's types and the sync protocol's types do not share (an id that is not a UUID, a
/// kind outside the enumeration): the side that received it reports which field held what.
public struct ContractMappingError: Error, CustomStringConvertible, Sendable {
    /// The field, e.g. `punches[3].kind`.
    public var field: String
    /// The value found.
    public var value: String

    public init(field: String, value: String) {
        self.field = field
        self.value = value
    }

    public var description: String { "\(field): '\(value)' is not a value the API contract allows" }

    /// `raw` as the enumeration `T`, or this error naming `field`.
    public static func enumeration<T: RawRepresentable>(_ raw: String, _ field: String) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: raw) else { throw ContractMappingError(field: field, value: raw) }
        return value
    }
}
