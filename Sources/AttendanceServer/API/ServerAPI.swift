import APIContract
import Attendance
import Foundation
import OpenAPIRuntime

/// The server's side of the contract: each generated operation served by the database. Requests reach it
/// already checked against the document (``ContractCheckMiddleware``) and authenticated (``AccessMiddleware``);
/// an ``APIError`` thrown here becomes the one error body (``ErrorBodyMiddleware``).
struct ServerAPI: APIProtocol {
    let database: ServerDatabase
    let rules: PunchRules
    let registrations: RegistrationAttempts
    /// The document as the generated JSON type, decoded once.
    let document: OpenAPIObjectContainer

    init(database: ServerDatabase, rules: PunchRules, registrations: RegistrationAttempts) throws {
        self.database = database
        self.rules = rules
        self.registrations = registrations
        document = try JSONDecoder().decode(OpenAPIObjectContainer.self, from: Data(ContractDocument.json.utf8))
    }

    func health(_ input: Operations.Health.Input) async throws -> Operations.Health.Output {
        .ok(.init(body: .json(.init(status: "ok"))))
    }

    func ready(_ input: Operations.Ready.Input) async throws -> Operations.Ready.Output {
        let version: Int
        do {
            version = try await database.schemaVersion()
        } catch {
            throw APIError(.serviceUnavailable, "the database is not reachable; check ASISTENCIA_DATABASE_URL and that PostgreSQL runs",
                           retryAfterSeconds: 5)
        }
        guard version >= ServerMigrations.latestVersion else {
            throw APIError(.serviceUnavailable, "schema at version \(version), expected \(ServerMigrations.latestVersion); restart the server to migrate",
                           retryAfterSeconds: 5)
        }
        return .ok(.init(body: .json(.init(status: "ready", schemaVersion: Int32(clamping: version)))))
    }

    func openAPIJSON(_ input: Operations.OpenAPIJSON.Input) async throws -> Operations.OpenAPIJSON.Output {
        .ok(.init(body: .json(document)))
    }

    func openAPIYAML(_ input: Operations.OpenAPIYAML.Input) async throws -> Operations.OpenAPIYAML.Output {
        .ok(.init(body: .yaml(HTTPBody(ContractDocument.yaml))))
    }
}
