import APIContract
public import Attendance
import Foundation
public import Hummingbird
import HummingbirdCore
import HummingbirdTLS
public import Logging
import NIOSSL
import OpenAPIHummingbird
import OpenAPIRuntime
import ServiceLifecycle

/// The central server: routes, database pool, migrations and seeds at start, graceful shutdown.
///
/// For example (what `asistencia-server` does):
/// ```swift
/// let config = try ServerConfiguration.load()
/// let server = AttendanceServerApp(configuration: config, logger: Logger(label: "asistencia-server"))
/// try await server.makeApplication().runService()
/// ```
public struct AttendanceServerApp: Sendable {
    /// The settings.
    public let configuration: ServerConfiguration
    /// The database pool (a service of the application).
    public let database: ServerDatabase
    /// The attendance rules reports use.
    public let rules: PunchRules
    /// Where the server logs.
    public let logger: Logger

    /// Makes the server (nothing connects until the application runs).
    public init(configuration: ServerConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
        self.database = ServerDatabase(url: configuration.database, poolSize: configuration.poolSize, logger: logger)
        self.rules = PunchRules(timeZone: configuration.timeZone)
    }

    /// The router: every operation of the contract (`openapi.yaml`) through the generated server, behind the
    /// error, access and contract-check middlewares; a path the contract lacks is 404, a method it lacks 405.
    /// The web console (``WebConsole``) answers under `/console`.
    ///
    /// - Throws: ``ContractDocumentError`` when the embedded document cannot be read (a build defect).
    public func makeRouter() throws -> Router<BasicRequestContext> {
        let document = try JSONValue.parse(Data(ContractDocument.json.utf8))
        let validator = try SchemaValidator(document: document)
        let operations = try ContractOperation.all(in: document, validator: validator)
        let router = Router()
        router.add(middleware: MethodCheckMiddleware(operations: operations.values))
        let api = try ServerAPI(database: database, rules: rules, registrations: RegistrationAttempts())
        try api.registerHandlers(on: router, configuration: .contract, middlewares: [
            ErrorBodyMiddleware(logger: logger),
            AccessMiddleware(operations: operations, database: database),
            ContractCheckMiddleware(operations: operations, validator: validator, bodyLimit: 4 << 20),
        ])
        // The web console (HTML under /console) shares the process, port and database; its cookies are Secure
        // whenever the browser reaches it over HTTPS (TLS here, a TLS proxy, or any non-loopback address).
        let secureCookies = configuration.servesTLS || configuration.behindProxy || !ServerConfiguration.isLoopback(configuration.host)
        try WebConsole(database: database, rules: rules, secureCookies: secureCookies).register(on: router)
        return router
    }

    /// HTTP/1.1 with an idle timeout: a connection silent for a minute (a kiosk that vanished mid-request, a
    /// slow-loris client) is closed instead of holding a slot.
    static let http1: HTTPServerBuilder = .http1(configuration: .init(idleTimeout: .seconds(60)))

    /// The application: migrations then seeds before it accepts connections; the pool runs as a service;
    /// SIGTERM/SIGINT shut it down gracefully (in-flight requests finish).
    ///
    /// - Throws: `ServerConfigurationError` for plain HTTP on a public address, or unreadable TLS files. TLS is 1.2 or
    ///   newer.
    public func makeApplication() throws -> some ApplicationProtocol {
        try configuration.checkTransportSecurity()
        let server: HTTPServerBuilder
        if let certificate = configuration.tlsCertificatePath, let key = configuration.tlsKeyPath {
            do {
                let chain = try NIOSSLCertificate.fromPEMFile(certificate).map { NIOSSLCertificateSource.certificate($0) }
                let privateKey = try NIOSSLPrivateKey(file: key, format: .pem)
                var tls = TLSConfiguration.makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(privateKey))
                tls.minimumTLSVersion = .tlsv12
                server = try .tls(Self.http1, tlsConfiguration: tls)
            } catch {
                throw ServerConfigurationError(variable: "ASISTENCIA_TLS_CERT", value: certificate,
                                               problem: "or ASISTENCIA_TLS_KEY cannot be loaded (\(error)); check both are PEM files")
            }
        } else {
            server = Self.http1
        }
        var app = Application(
            router: try makeRouter(),
            server: server,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "asistencia-server"),
            logger: logger)
        app.addServices(database.client)
        let database = self.database
        let configuration = self.configuration
        let logger = self.logger
        app.beforeServerStarts {
            let applied = try await database.migrate()
            if !applied.isEmpty { logger.info("schema migrated: \(applied)") }
            try await database.seed(defaultSite: configuration.defaultSite, adminToken: configuration.adminToken)
        }
        return app
    }
}
