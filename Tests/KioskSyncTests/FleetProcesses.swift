import AsyncHTTPClient
import Attendance
import AttendanceServer
import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// The fleet as separate processes: `asistencia-server` run from the build folder on a free port of 127.0.0.1 and
/// a fresh database, and doors registered by the `kiosk` executable. The test keeps a connection pool of its own on
/// the same database, for setup and for reading what the server stored.
enum FleetProcesses {
    /// Where SwiftPM put the test binary, and beside it the executables.
    static let buildFolder: String = {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return (executable as NSString).deletingLastPathComponent
    }()

    /// The server's time zone, which its reports use.
    static let timeZone = TimeZone(identifier: "Europe/Madrid")!

    /// Starts the server process, waits for `/ready`, runs `body` with its base URL and a database pool of the
    /// test's own, then stops the server (SIGTERM) and waits for it.
    static func withServer<T: Sendable>(_ body: @Sendable (_ url: String, _ database: ServerDatabase) async throws -> T) async throws -> T {
        let databaseURL = try await LiveServer.freshDatabase()
        let port = try freePort()
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("fleet-server-\(port).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let output = try FileHandle(forWritingTo: log)
        defer { try? output.close() }
        let server = Process()
        server.executableURL = URL(fileURLWithPath: buildFolder + "/asistencia-server")
        var environment = ProcessInfo.processInfo.environment
        environment["ASISTENCIA_DATABASE_URL"] = "postgres://\(databaseURL.username):\(databaseURL.password ?? "")@\(databaseURL.host):"
            + "\(databaseURL.port)/\(databaseURL.database)"
        environment["ASISTENCIA_HOST"] = "127.0.0.1"
        environment["ASISTENCIA_PORT"] = String(port)
        environment["ASISTENCIA_ADMIN_TOKEN"] = LiveServer.adminToken
        environment["ASISTENCIA_TIME_ZONE"] = timeZone.identifier
        environment["ASISTENCIA_DB_POOL_SIZE"] = "4"
        environment["LOG_LEVEL"] = "warning"
        server.environment = environment
        server.standardOutput = output
        server.standardError = output
        try server.run()
        defer {
            if server.isRunning { server.terminate() }
            server.waitUntilExit()
        }
        let url = "http://127.0.0.1:\(port)"
        try await waitUntilReady(server, url: url, log: log)

        let database = ServerDatabase(url: databaseURL, poolSize: 4, logger: LiveServer.logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await database.client.run() }
            defer { group.cancelAll() }
            return try await body(url, database)
        }
    }

    /// Polls `/ready` until it answers 200: a start-up condition (migrations, seeds), not a timing assertion;
    /// 60 s covers a loaded CI box. A server that exits or never gets ready fails with its log.
    static func waitUntilReady(_ server: Process, url: String, log: URL) async throws {
        for _ in 0..<600 {
            if !server.isRunning { throw FleetProcessError("asistencia-server exited with \(server.terminationStatus)", log: log) }
            if let response = try? await HTTPClient.shared.execute(HTTPClientRequest(url: url + "/ready"), timeout: .seconds(5)),
               response.status == .ok {
                return
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw FleetProcessError("asistencia-server did not become ready at \(url) within 60 s", log: log)
    }

    /// Registers a door the way an installer does: a configuration file of its own (database, token file, server
    /// URL) and `kiosk register --code CODE`, whose output is returned.
    static func registerDoor(name: String, folder: String, serverURL: String, code: String) throws -> (config: String, output: String) {
        let config = folder + "/kiosk.conf"
        try """
            [kiosk]
            name = "\(name)"
            time_zone = "\(timeZone.identifier)"
            demo = false

            [database]
            path = "\(folder)/kiosk.sqlite"

            [server]
            url = "\(serverURL)"
            token_file = "\(folder)/kiosk.token"
            """.write(toFile: config, atomically: true, encoding: .utf8)
        let kiosk = Process()
        kiosk.executableURL = URL(fileURLWithPath: buildFolder + "/kiosk")
        kiosk.arguments = ["register", "--config", config, "--code", code]
        let pipe = Pipe()
        kiosk.standardOutput = pipe
        kiosk.standardError = pipe
        try kiosk.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        kiosk.waitUntilExit()
        guard kiosk.terminationStatus == 0 else {
            throw FleetProcessError("kiosk register exited with \(kiosk.terminationStatus): \(output)", log: nil)
        }
        return (config, output)
    }

    /// A port of 127.0.0.1 free right now (the kernel's pick for port 0).
    static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw FleetProcessError("socket() failed: errno \(errno)", log: nil) }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(socket, socketAddress, length) == 0 && getsockname(socket, socketAddress, &length) == 0
            }
        }
        guard bound else { throw FleetProcessError("could not bind a port on 127.0.0.1: errno \(errno)", log: nil) }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// A fleet process that did not start or answer; carries the server's log when there is one.
struct FleetProcessError: Error, CustomStringConvertible {
    let description: String

    init(_ message: String, log: URL?) {
        let tail = log.flatMap { try? String(contentsOf: $0, encoding: .utf8) }.map { "\n--- server log ---\n" + $0.suffix(4000) } ?? ""
        description = message + tail
    }
}
