import AttendanceServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("OpenAPI document")
struct OpenAPITests {
    static func server() throws -> AttendanceServerApp {
        let url = try DatabaseURL(parsing: "postgres://nobody@127.0.0.1:1/none")
        return AttendanceServerApp(configuration: ServerConfiguration(database: url), logger: TestDatabase.logger)
    }

    /// `METHOD /path/{param}` of each documented operation.
    static func documented(_ data: Data) throws -> Set<String> {
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["openapi"] as? String == "3.1.0")
        let paths = try #require(json["paths"] as? [String: [String: Any]])
        var operations: Set<String> = []
        for (path, methods) in paths {
            for method in methods.keys { operations.insert("\(method.uppercased()) \(RouterPath(stringLiteral: path))") }
        }
        return operations
    }

    @Test("every route is documented and every documented route exists")
    func coverage() async throws {
        let server = try Self.server()
        let router = server.makeRouter()
        let served = Set(router.routes.map { "\($0.method) \($0.path)" })
        // The router alone (no database service): the document is served without PostgreSQL.
        let document = try await Application(router: router).test(.router) { client in
            let response = try await client.execute(uri: "/openapi.json", method: .get)
            #expect(response.status == .ok)
            return Data(response.body.readableBytesView)
        }
        let documented = try Self.documented(document)
        #expect(served.subtracting(documented).isEmpty, "served but undocumented: \(served.subtracting(documented).sorted())")
        #expect(documented.subtracting(served).isEmpty, "documented but not served: \(documented.subtracting(served).sorted())")
        #expect(served.contains("POST /api/v1/punches"))
        #expect(served.count >= 25)
    }

    @Test("protected operations declare bearer security and 401; open ones do not")
    func security() async throws {
        let server = try Self.server()
        let routes = server.routes
        let document = try #require(routes.first { $0.path == "/openapi.json" })
        #expect(document.access == .open)
        let json = try JSONSerialization.jsonObject(with: try await OpenAPITests.specData(server)) as? [String: Any]
        let paths = try #require(json?["paths"] as? [String: [String: [String: Any]]])
        for route in routes {
            let operation = try #require(paths[route.path]?[route.method.rawValue.lowercased()], "\(route.method) \(route.path)")
            let responses = operation["responses"] as? [String: Any] ?? [:]
            #expect((operation["security"] != nil) == (route.access != .open), "\(route.path)")
            #expect((responses["401"] != nil) == (route.access != .open), "\(route.path)")
            #expect(route.access == .open || route.path.hasPrefix("/api/v1/"), "\(route.path) is protected and versioned")
        }
    }

    static func specData(_ server: AttendanceServerApp) async throws -> Data {
        try await Application(router: server.makeRouter()).test(.router) { client in
            Data(try await client.execute(uri: "/openapi.json", method: .get).body.readableBytesView)
        }
    }
}
