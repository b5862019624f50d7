public import Foundation
public import OpenAPIRuntime

/// The generated coders' dates: written as UTC with milliseconds (punch instants keep their order), read
/// with the whole RFC 3339 grammar the document promises (``RFC3339``).
public struct ContractDateTranscoder: DateTranscoder {
    /// Makes the transcoder.
    public init() {}

    public func encode(_ date: Date) throws -> String { RFC3339.string(from: date) }

    public func decode(_ text: String) throws -> Date {
        guard let date = RFC3339.date(from: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "'\(text)' is not an RFC 3339 date-time"))
        }
        return date
    }
}

extension Configuration {
    /// The configuration both the server and the kiosk's client use.
    public static var contract: Configuration {
        Configuration(dateTranscoder: ContractDateTranscoder(), jsonEncodingOptions: [.sortedKeys])
    }
}
