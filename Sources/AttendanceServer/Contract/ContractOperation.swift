import HTTPTypes

/// One operation of the OpenAPI document as the server checks it: who may call it, its parameters and its
/// JSON body's schema. Read from the document at start-up, so the document is the only list of operations.
struct ContractOperation: Sendable {
    /// One parameter.
    struct Parameter: Sendable {
        /// `path` or `query`.
        var location: String
        var name: String
        var required: Bool
        var schema: JSONValue
    }

    var id: String
    var method: HTTPRequest.Method
    /// The path template, `/api/v1/admin/employees/{code}`.
    var path: String
    var access: Access
    var parameters: [Parameter]
    /// The JSON body's schema; nil when the operation takes no body.
    var bodySchema: JSONValue?
    var bodyRequired: Bool

    /// Every operation of `document`, keyed by operation id.
    static func all(in document: JSONValue, validator: SchemaValidator) throws -> [String: ContractOperation] {
        guard case .object(let paths)? = document["paths"] else { throw ContractDocumentError("the document has no paths") }
        var operations: [String: ContractOperation] = [:]
        for (path, item) in paths {
            guard case .object(let members) = item else { continue }
            let shared = members["parameters"]
            for (method, operation) in members where method != "parameters" {
                guard let id = operation["operationId"]?.stringValue, let httpMethod = HTTPRequest.Method(method.uppercased())
                else { throw ContractDocumentError("\(method.uppercased()) \(path) has no operationId") }
                var parameters: [Parameter] = []
                for list in [shared, operation["parameters"]] {
                    guard case .array(let entries)? = list else { continue }
                    for entry in entries {
                        let parameter = validator.dereference(entry)
                        guard let name = parameter["name"]?.stringValue, let location = parameter["in"]?.stringValue,
                              let schema = parameter["schema"]
                        else { throw ContractDocumentError("a parameter of \(id) lacks name, in or schema") }
                        parameters.append(Parameter(location: location, name: name, required: parameter["required"] == .bool(true), schema: schema))
                    }
                }
                let body = operation["requestBody"].map(validator.dereference)
                operations[id] = ContractOperation(
                    id: id, method: httpMethod, path: path, access: try access(of: operation, id: id), parameters: parameters,
                    bodySchema: body?["content"]?["application/json"]?["schema"], bodyRequired: body?["required"] == .bool(true))
            }
        }
        return operations
    }

    /// Who may call it, from its `security` requirement.
    private static func access(of operation: JSONValue, id: String) throws -> Access {
        guard case .array(let requirements)? = operation["security"], case .object(let first)? = requirements.first else { return .open }
        switch first.keys.first {
        case "kioskToken": return .kiosk
        case "adminToken": return .admin
        case let other: throw ContractDocumentError("\(id) names the unknown security scheme \(other ?? "nil")")
        }
    }
}

/// The embedded OpenAPI document cannot be read: a build defect, reported at start-up.
struct ContractDocumentError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = "openapi document: " + description }
}
