public import Attendance
public import Foundation
import HTTPTypes
public import Hummingbird
public import SyncProtocol

/// The single table of routes: the router is built from it and the OpenAPI document is generated from it,
/// so a route cannot exist undocumented nor be documented without existing.
public enum RouteTable {
    /// Every route served by `database` with `rules` (reports).
    public static func routes(database: ServerDatabase, rules: PunchRules) -> [APIRoute] {
        var routes = syncRoutes(database) + adminRoutes(database) + reportRoutes(database, rules: rules)
        routes += [
            APIRoute(.get, "/health", access: .open, summary: "The process is alive", response: "Status") { _, _, _ in
                try JSONBody.response(["status": "ok"])
            },
            APIRoute(.get, "/ready", access: .open, summary: "The database is reachable and its schema current",
                     response: "Status") { _, _, _ in
                do {
                    let version = try await database.schemaVersion()
                    guard version >= ServerMigrations.latestVersion else {
                        throw APIError(.serviceUnavailable, "schema at version \(version), expected \(ServerMigrations.latestVersion); restart the server to migrate")
                    }
                    return try JSONBody.response(["status": "ready", "schemaVersion": String(version)])
                } catch let error as APIError {
                    throw error
                } catch {
                    throw APIError(.serviceUnavailable, "the database is not reachable; check ASISTENCIA_DATABASE_URL and that PostgreSQL runs")
                }
            },
        ]
        let document = OpenAPIDocument.make(for: routes + [openAPIRoute(Data())])
        routes.append(openAPIRoute(document))
        return routes
    }

    /// `GET /openapi.json` serving `document`.
    static func openAPIRoute(_ document: Data) -> APIRoute {
        APIRoute(.get, "/openapi.json", access: .open, summary: "This API's OpenAPI 3.1 document", response: "OpenAPIDocument") { _, _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: document)))
        }
    }

    /// Adds `routes` to `router`, each behind its access check.
    public static func register(_ routes: [APIRoute], database: ServerDatabase, on router: Router<BasicRequestContext>) {
        for route in routes {
            let handler = route.handler
            let access = route.access
            router.on(RouterPath(stringLiteral: route.path), method: route.method) { request, context in
                let caller = try await database.authenticate(request, for: access)
                return try await handler(request, context, caller)
            }
        }
    }

    // MARK: - Kiosk routes

    static func syncRoutes(_ database: ServerDatabase) -> [APIRoute] {
        [
            APIRoute(.post, SyncAPI.punchesPath, access: .kiosk, summary: "Push a batch of punches (≤ 500), idempotent on UUID",
                     request: "PunchBatch", response: "BatchResult") { request, _, caller in
                let batch = try await JSONBody.decode(PunchBatch.self, from: request)
                guard batch.punches.count <= SyncAPI.maxBatchSize else {
                    throw APIError(.contentTooLarge, "\(batch.punches.count) punches in one batch; send at most \(SyncAPI.maxBatchSize)")
                }
                let results = try await database.ingest(punches: batch.punches, from: try kiosk(caller))
                return try JSONBody.response(BatchResult(results: results))
            },
            APIRoute(.get, SyncAPI.rosterPath, access: .kiosk, summary: "Roster changes for this kiosk's site since a version",
                     response: "RosterDelta", query: ["since"]) { request, _, caller in
                let sinceText = request.uri.queryParameters.get("since") ?? "0"
                guard let since = Int64(sinceText), since >= 0 else {
                    throw APIError.badRequest("since '\(sinceText)' is not a roster version (a whole number ≥ 0)")
                }
                return try JSONBody.response(try await database.roster(since: since, for: try kiosk(caller)))
            },
            APIRoute(.post, SyncAPI.enrolmentsPath, access: .kiosk, summary: "Push templates enrolled here, with consent; idempotent on UUID",
                     request: "EnrolmentBatch", response: "BatchResult") { request, _, caller in
                let batch = try await JSONBody.decode(EnrolmentBatch.self, from: request)
                guard batch.enrolments.count <= SyncAPI.maxBatchSize else {
                    throw APIError(.contentTooLarge, "\(batch.enrolments.count) enrolments in one batch; send at most \(SyncAPI.maxBatchSize)")
                }
                let results = try await database.ingest(enrolments: batch.enrolments, from: try kiosk(caller))
                return try JSONBody.response(BatchResult(results: results))
            },
            APIRoute(.post, SyncAPI.heartbeatPath, access: .kiosk, summary: "Report this kiosk's state; confirms applied deletions",
                     request: "Heartbeat", response: "HeartbeatReply") { request, _, caller in
                let heartbeat = try await JSONBody.decode(Heartbeat.self, from: request)
                return try JSONBody.response(try await database.record(heartbeat: heartbeat, from: try kiosk(caller)))
            },
            APIRoute(.post, SyncAPI.registerPath, access: .open, summary: "Register a kiosk with a one-time code; returns its id and token once",
                     request: "KioskRegistrationRequest", response: "KioskCredentials") { request, _, _ in
                let body = try await JSONBody.decode(KioskRegistrationRequest.self, from: request, limit: 4096)
                return try JSONBody.response(try await database.redeem(body), status: .created)
            },
        ]
    }

    /// The kiosk behind a kiosk route's caller.
    static func kiosk(_ caller: Caller) throws -> KioskIdentity {
        guard case .kiosk(let identity) = caller else { throw APIError.unauthorized }
        return identity
    }

    /// A required path parameter.
    static func parameter(_ name: String, _ context: BasicRequestContext) throws -> String {
        guard let value = context.parameters.get(name), !value.isEmpty else { throw APIError.badRequest("the path lacks {\(name)}") }
        return value
    }
}
