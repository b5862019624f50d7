import AttendanceServer
import Foundation
import Testing

@Suite("Server configuration")
struct ConfigurationTests {
    let base = ["ASISTENCIA_DATABASE_URL": "postgres://app:s3cret@db.internal:5433/asistencia"]

    @Test("plain HTTP on a public address is refused unless TLS or a proxy is configured")
    func transportSecurity() throws {
        #expect(throws: ServerConfigurationError.self) {
            try ServerConfiguration.load(environment: base.merging(["ASISTENCIA_HOST": "0.0.0.0"]) { $1 })
        }
        let proxied = try ServerConfiguration.load(environment: base.merging(["ASISTENCIA_HOST": "0.0.0.0",
                                                                              "ASISTENCIA_BEHIND_PROXY": "true"]) { $1 })
        #expect(proxied.behindProxy)
        let loopback = try ServerConfiguration.load(environment: base)
        #expect(loopback.host == "127.0.0.1" && loopback.port == 8080)
        for host in ["127.0.0.1", "127.1.2.3", "::1", "localhost", "[::1]"] { #expect(ServerConfiguration.isLoopback(host)) }
        for host in ["0.0.0.0", "10.0.0.1", "::", "128.0.0.1", "example.org"] { #expect(!ServerConfiguration.isLoopback(host)) }
    }

    @Test("the database URL is parsed and its password never printed")
    func databaseURL() throws {
        let config = try ServerConfiguration.load(environment: base)
        #expect(config.database.host == "db.internal")
        #expect(config.database.port == 5433)
        #expect(config.database.password == "s3cret")
        #expect(config.database.tls == .require, "a remote database defaults to TLS")
        #expect(!String(describing: config.database).contains("s3cret"))
        let error = #expect(throws: ServerConfigurationError.self) {
            try ServerConfiguration.load(environment: ["ASISTENCIA_DATABASE_URL": "mysql://x:secretpw@h/db"])
        }
        #expect(error?.description.contains("secretpw") == false)
        #expect(throws: ServerConfigurationError.self) { try ServerConfiguration.load(environment: [:]) }
    }

    @Test("bad values name the variable; a short admin token is refused; the file is read and the environment wins")
    func values() throws {
        let badPort = #expect(throws: ServerConfigurationError.self) {
            try ServerConfiguration.load(environment: base.merging(["ASISTENCIA_PORT": "http"]) { $1 })
        }
        #expect(badPort?.variable == "ASISTENCIA_PORT")
        #expect(badPort?.description.contains("'http'") == true)
        #expect(throws: ServerConfigurationError.self) {
            try ServerConfiguration.load(environment: base.merging(["ASISTENCIA_ADMIN_TOKEN": "short"]) { $1 })
        }
        #expect(throws: ServerConfigurationError.self) {
            try ServerConfiguration.load(environment: base.merging(["ASISTENCIA_TIME_ZONE": "Mars/Olympus"]) { $1 })
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("server-\(UUID()).env")
        try "# server\nASISTENCIA_PORT=9090\nASISTENCIA_SITE=\"almacen\"\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let config = try ServerConfiguration.load(environment: base.merging(["ASISTENCIA_CONFIG_FILE": file.path,
                                                                             "ASISTENCIA_SITE": "oficina"]) { $1 })
        #expect(config.port == 9090)
        #expect(config.defaultSite == "oficina")
    }
}
