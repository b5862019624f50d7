import AttendanceServer
import Foundation
import HummingbirdTesting
import Logging

/// Runs `body` against a server on a fresh database through the router (no sockets).
func withTestServer<T: Sendable>(_ body: @Sendable (TestAPI, AttendanceServerApp) async throws -> T) async throws -> T {
    let server = AttendanceServerApp(configuration: try await TestDatabase.configuration(), logger: TestDatabase.logger)
    return try await server.makeApplication().test(.router) { client in try await body(TestAPI(client: client), server) }
}

/// Runs `body` against a server listening on 127.0.0.1 (a free port) on a fresh database.
func withLiveTestServer<T: Sendable>(_ body: @Sendable (TestAPI, AttendanceServerApp, Int) async throws -> T) async throws -> T {
    let server = AttendanceServerApp(configuration: try await TestDatabase.configuration(), logger: TestDatabase.logger)
    return try await server.makeApplication().test(.live) { client in
        try await body(TestAPI(client: client), server, client.port ?? 0)
    }
}
