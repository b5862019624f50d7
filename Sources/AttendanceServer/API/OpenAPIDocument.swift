import Foundation
import SyncProtocol

/// Builds the OpenAPI 3.1 document from the route table.
enum OpenAPIDocument {
    /// The document as JSON.
    static func make(for routes: [APIRoute]) -> Data {
        var paths: [String: [String: Any]] = [:]
        var schemaNames: Set<String> = ["APIErrorBody"]
        for route in routes {
            var operation: [String: Any] = [
                "summary": route.summary,
                "operationId": operationID(route),
                "tags": [route.access.rawValue],
            ]
            var parameters: [[String: Any]] = route.pathParameters.map {
                ["name": $0, "in": "path", "required": true, "schema": ["type": "string"]]
            }
            parameters += route.queryParameters.map { ["name": $0, "in": "query", "required": false, "schema": ["type": "string"]] }
            if !parameters.isEmpty { operation["parameters"] = parameters }
            if let request = route.requestSchema {
                schemaNames.insert(baseName(request))
                operation["requestBody"] = ["required": true, "content": ["application/json": ["schema": schemaRef(request)]]]
            }
            var success: [String: Any] = ["description": "Success"]
            if let response = route.responseSchema {
                schemaNames.insert(baseName(response))
                var content: [String: Any] = ["application/json": ["schema": schemaRef(response)]]
                if route.offersCSV { content["text/csv"] = ["schema": ["type": "string"]] }
                success["content"] = content
            }
            let successCode = route.method == .delete ? "204" : (route.method == .post && route.access != .kiosk ? "201" : "200")
            var responses: [String: Any] = [successCode: success]
            let error: [String: Any] = ["content": ["application/json": ["schema": schemaRef("APIErrorBody")]]]
            if route.requestSchema != nil || !route.queryParameters.isEmpty {
                responses["400"] = error.merging(["description": "Malformed input; the message says what is wrong"]) { $1 }
            }
            if route.access != .open { responses["401"] = ["description": "Missing or wrong bearer token"] }
            if route.requestSchema != nil { responses["413"] = error.merging(["description": "Batch or body too large"]) { $1 } }
            operation["responses"] = responses
            if route.access != .open { operation["security"] = [["bearer": [String]()]] }
            paths[route.path, default: [:]][route.method.rawValue.lowercased()] = operation
        }
        var schemas: [String: Any] = [:]
        for name in schemaNames.sorted() {
            schemas[name] = ["type": "object", "description": "JSON encoding of the Swift type \(name) (SyncProtocol or AttendanceServer)"]
        }
        let document: [String: Any] = [
            "openapi": "3.1.0",
            "info": ["title": "Asistencia central server", "version": "\(SyncAPI.version).0.0",
                     "description": "Kiosk sync (punches, roster, enrolments, heartbeat) and administration."],
            "paths": paths,
            "components": [
                "schemas": schemas,
                "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]],
            ],
        ]
        return (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])) ?? Data()
    }

    static func baseName(_ name: String) -> String { name.hasSuffix("[]") ? String(name.dropLast(2)) : name }

    static func schemaRef(_ name: String) -> [String: Any] {
        let ref: [String: Any] = ["$ref": "#/components/schemas/\(baseName(name))"]
        return name.hasSuffix("[]") ? ["type": "array", "items": ref] : ref
    }

    static func operationID(_ route: APIRoute) -> String {
        let words = route.path.split(separator: "/").map { $0.replacingOccurrences(of: "{", with: "by-").replacingOccurrences(of: "}", with: "") }
        return route.method.rawValue.lowercased() + "-" + words.joined(separator: "-")
    }
}
