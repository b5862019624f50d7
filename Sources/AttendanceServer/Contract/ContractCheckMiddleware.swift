import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Checks each request's parameters and JSON body against the document before the generated code decodes
/// them: any bytes anywhere get a 400 naming the parameter or JSON path and the rule, a body over the limit
/// gets 413, and nothing unchecked reaches a handler (nor PostgreSQL).
struct ContractCheckMiddleware: ServerMiddleware {
    let operations: [String: ContractOperation]
    let validator: SchemaValidator
    /// The largest body read, in bytes.
    let bodyLimit: Int

    func intercept(_ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
                   next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?))
    async throws -> (HTTPResponse, HTTPBody?) {
        guard let operation = operations[operationID] else { return try await next(request, body, metadata) }
        let query = try QueryItems(path: request.path ?? "")
        for parameter in operation.parameters {
            let location = "\(parameter.location) parameter '\(parameter.name)'"
            let raw: String?
            switch parameter.location {
            case "path":
                guard let encoded = metadata.pathParameters[parameter.name] else {
                    throw SchemaViolation(location: location, problem: "missing")
                }
                guard let decoded = String(encoded).removingPercentEncoding else {
                    throw SchemaViolation(location: location, problem: "not valid percent-encoded UTF-8")
                }
                raw = decoded
            case "query":
                let values = query.values[parameter.name] ?? []
                guard values.count <= 1 else { throw SchemaViolation(location: location, problem: "given \(values.count) times; give it once") }
                raw = values.first
            default:
                raw = nil
            }
            guard let raw else {
                if parameter.required { throw SchemaViolation(location: location, problem: "required but missing") }
                continue
            }
            try validator.check(try typed(raw, for: parameter.schema, at: location), against: parameter.schema, at: location)
        }
        guard let schema = operation.bodySchema else { return try await next(request, body, metadata) }
        var bytes: [UInt8] = []
        do {
            if let body { bytes = try await [UInt8](collecting: body, upTo: bodyLimit) }
        } catch {
            throw APIError(.contentTooLarge, "the body is larger than \(bodyLimit) bytes; send smaller batches")
        }
        if bytes.isEmpty {
            guard !operation.bodyRequired else { throw APIError.badRequest("the body is empty; send the JSON the document describes for \(operationID)") }
            return try await next(request, nil, metadata)
        }
        let value: JSONValue
        do {
            value = try JSONValue.parse(Data(bytes))
        } catch {
            throw APIError.badRequest("the body is not valid JSON (\(Self.reason(error))); send the JSON the document describes for \(operationID)")
        }
        try validator.check(value, against: schema, at: "body")
        return try await next(request, HTTPBody(bytes), metadata)
    }

    /// A parameter's text as the JSON value its schema expects (numbers and booleans are typed).
    private func typed(_ text: String, for schema: JSONValue, at location: String) throws -> JSONValue {
        switch validator.dereference(schema)["type"]?.stringValue {
        case "integer":
            guard let number = Int64(text) else { throw SchemaViolation(location: location, problem: "'\(text)' is not a whole number") }
            return .integer(number)
        case "number":
            guard let number = Double(text), number.isFinite else { throw SchemaViolation(location: location, problem: "'\(text)' is not a number") }
            return .number(number)
        case "boolean":
            guard let flag = Bool(text) else { throw SchemaViolation(location: location, problem: "'\(text)' is not true or false") }
            return .bool(flag)
        default:
            return .string(text)
        }
    }

    private static func reason(_ error: any Error) -> String {
        if let decoding = error as? DecodingError, case .dataCorrupted(let context) = decoding {
            return (context.underlyingError as NSError?)?.localizedDescription ?? context.debugDescription
        }
        return "\(error)"
    }
}

/// The query of a request target, decoded as the generated code decodes it (`+` is a space).
struct QueryItems {
    /// Each name's values, in order.
    var values: [String: [String]] = [:]

    init(path: String) throws {
        guard let start = path.firstIndex(of: "?") else { return }
        let end = path.firstIndex(of: "#") ?? path.endIndex
        let query = path[path.index(after: start)..<end]
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring, _ location: String) throws -> String {
                guard let decoded = text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding else {
                    throw SchemaViolation(location: location, problem: "'\(text)' is not valid percent-encoded UTF-8")
                }
                return decoded
            }
            let name = try decode(parts[0], "query parameter name")
            let value = parts.count > 1 ? try decode(parts[1], "query parameter '\(name)'") : ""
            values[name, default: []].append(value)
        }
    }
}
