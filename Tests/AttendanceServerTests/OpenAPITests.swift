import APIContract
import AttendanceServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("The API contract, served")
struct OpenAPITests {
    static func server() throws -> AttendanceServerApp {
        let url = try DatabaseURL(parsing: "postgres://nobody@127.0.0.1:1/none")
        return AttendanceServerApp(configuration: ServerConfiguration(database: url), logger: TestDatabase.logger)
    }

    /// `METHOD /path/{param}` of each operation of the document.
    static func documented() throws -> Set<String> {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(ContractDocument.json.utf8)) as? [String: Any])
        let paths = try #require(json["paths"] as? [String: [String: Any]])
        var operations: Set<String> = []
        for (path, methods) in paths {
            for method in methods.keys where method != "parameters" {
                operations.insert("\(method.uppercased()) \(RouterPath(stringLiteral: path))")
            }
        }
        return operations
    }

    @Test("the router serves exactly the document's operations")
    func coverage() throws {
        let router = try Self.server().makeRouter()
        // The web console's HTML pages (under /console) are not operations of the API contract.
        let served = Set(router.routes.map { "\($0.method) \($0.path)" }.filter { !$0.contains(" /console") })
        let documented = try Self.documented()
        #expect(served == documented, "served but undocumented: \(served.subtracting(documented).sorted()); documented but not served: \(documented.subtracting(served).sorted())")
        #expect(served.contains("POST /api/v1/punches"))
        #expect(served.count >= 31)
    }

    @Test("GET /openapi.json and /openapi.yaml serve the contract without a database")
    func served() async throws {
        try await Application(router: try Self.server().makeRouter()).test(.router) { client in
            let json = try await client.execute(uri: "/openapi.json", method: .get)
            #expect(json.status == .ok)
            let served = try JSONSerialization.jsonObject(with: Data(json.body.readableBytesView)) as? NSDictionary
            let embedded = try JSONSerialization.jsonObject(with: Data(ContractDocument.json.utf8)) as? NSDictionary
            #expect(served != nil && served == embedded)
            let yaml = try await client.execute(uri: "/openapi.yaml", method: .get)
            #expect(yaml.status == .ok)
            #expect(yaml.headers[.contentType]?.hasPrefix("application/yaml") == true)
            #expect(String(buffer: yaml.body) == ContractDocument.yaml)
        }
    }

    @Test("a method the path lacks is 405 with Allow; an unknown path is 404; both with the error body")
    func methods() async throws {
        try await Application(router: try Self.server().makeRouter()).test(.router) { client in
            let cases: [(HTTPRequest.Method, String, String)] = [
                (.patch, "/health", "GET"),
                (.init("TRACE")!, "/api/v1/punches", "POST"),
                (.get, "/api/v1/punches", "POST"),
                (.post, "/api/v1/admin/employees/E001", "DELETE, PUT"),
                (.delete, "/api/v1/admin/sites", "GET, POST"),
            ]
            for (method, path, allow) in cases {
                let response = try await client.execute(uri: path, method: method)
                #expect(response.status == .methodNotAllowed, "\(method) \(path)")
                #expect(response.headers[.allow] == allow, "\(method) \(path)")
                #expect(String(buffer: response.body).contains("\"message\""), "\(method) \(path)")
            }
            let missing = try await client.execute(uri: "/api/v2/nothing", method: .get)
            #expect(missing.status == .notFound)
            #expect(String(buffer: missing.body).contains("openapi.json"))
        }
    }

    @Test("bad bytes on an open operation are 400 naming the place, before any database work")
    func openOperationChecked() async throws {
        try await Application(router: try Self.server().makeRouter()).test(.router) { client in
            let cases: [(String, String)] = [
                (#"{"code":"1234-5678-9012"}"#, "body.name"),
                (#"{"code":"1234-5678-9012","name":"Puerta","extra":1}"#, "unknown field 'extra'"),
                (#"{"code":"12 34","name":"Puerta"}"#, "body.code"),
                (#"{"code":"1234","name":" Puerta"}"#, "body.name"),
                (#"{"code":"1234","name":"Puer\u0000ta"}"#, "body.name"),
                (#"{"code":1234,"name":"Puerta"}"#, "expected a string"),
                (#"{"code":"1234","name":"Puerta""#, "not valid JSON"),
                ("", "empty"),
            ]
            for (body, mention) in cases {
                let response = try await client.execute(uri: "/api/v1/kiosks/register", method: .post,
                                                         headers: [.contentType: "application/json"], body: ByteBuffer(string: body))
                #expect(response.status == .badRequest, "\(body)")
                #expect(String(buffer: response.body).contains(mention), "\(body) → \(String(buffer: response.body))")
            }
            let large = try await client.execute(uri: "/api/v1/kiosks/register", method: .post, headers: [.contentType: "application/json"],
                                                 body: ByteBuffer(string: #"{"code":""# + String(repeating: "1", count: 5 << 20) + #""}"#))
            #expect(large.status == .contentTooLarge)
        }
    }

    @Test("protected operations declare bearer security and 401; open ones neither")
    func security() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(ContractDocument.json.utf8)) as? [String: Any])
        let paths = try #require(json["paths"] as? [String: [String: Any]])
        for (path, item) in paths {
            for (method, value) in item where method != "parameters" {
                let operation = try #require(value as? [String: Any])
                let responses = operation["responses"] as? [String: Any] ?? [:]
                let secured = operation["security"] != nil
                #expect(secured == (responses["401"] != nil), "\(method) \(path)")
                #expect(!secured || path.hasPrefix("/api/v1/"), "\(path) is protected and versioned")
            }
        }
    }
}
