import AsyncHTTPClient
import AttendanceServer
import Foundation
import NIOCore
import NIOHTTP1
import SyncProtocol
#if canImport(Glibc)
import Glibc
#endif

/// The `asistencia-server` executable run as a child process on 127.0.0.1, so a test can SIGKILL it.
final class ServerProcess: Sendable {
    let port: Int
    let process: Process

    /// The folder of the test binary, where SwiftPM also puts `asistencia-server`.
    static let buildFolder: String = {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return (executable as NSString).deletingLastPathComponent
    }()

    static var executable: String { buildFolder + "/asistencia-server" }

    /// Starts the server on `database` and waits until `/ready` answers 200.
    init(database: DatabaseURL, port: Int, client: HTTPClient) async throws {
        self.port = port
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        var environment = ProcessInfo.processInfo.environment
        environment["ASISTENCIA_DATABASE_URL"] =
            "postgres://\(database.username):\(database.password ?? "")@\(database.host):\(database.port)/\(database.database)"
        environment["ASISTENCIA_HOST"] = "127.0.0.1"
        environment["ASISTENCIA_PORT"] = String(port)
        environment["ASISTENCIA_ADMIN_TOKEN"] = TestDatabase.adminToken
        environment["LOG_LEVEL"] = "warning"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        self.process = process
        // Wait for readiness: a start-up condition, not a timing assertion (60 s covers a loaded CI box).
        for _ in 0..<600 {
            if !process.isRunning { throw ServerProcessError(message: "asistencia-server exited with \(process.terminationStatus)") }
            if let response = try? await client.get(url: "http://127.0.0.1:\(port)/ready").get(), response.status == .ok { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        kill()
        throw ServerProcessError(message: "asistencia-server did not become ready on port \(port) within 60 s")
    }

    /// SIGKILL: no graceful shutdown, in-flight requests are cut.
    func kill() {
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// SIGTERM and wait: a graceful shutdown.
    func stop() {
        process.terminate()
        process.waitUntilExit()
    }

    /// A free TCP port on 127.0.0.1 (bound and released; the server binds it next).
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ServerProcessError(message: "socket() failed") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        guard bound == 0 else { throw ServerProcessError(message: "bind() failed") }
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { throw ServerProcessError(message: "getsockname() failed") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

struct ServerProcessError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// JSON over AsyncHTTPClient to a live server.
struct LiveAPI: Sendable {
    let client: HTTPClient
    let base: String

    func send<T: Decodable>(_ method: HTTPMethod, _ path: String, token: String?, body: some Encodable, as: T.Type) async throws -> T {
        var request = HTTPClientRequest(url: base + path)
        request.method = method
        request.headers.add(name: "Content-Type", value: "application/json")
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        request.body = .bytes(ByteBuffer(bytes: try SyncCoding.encoder().encode(body)))
        let response = try await client.execute(request, timeout: .seconds(120))
        let bytes = try await response.body.collect(upTo: 64 << 20)
        guard (200..<300).contains(response.status.code) else {
            throw ServerProcessError(message: "\(method) \(path): \(response.status) \(String(buffer: bytes))")
        }
        return try SyncCoding.decoder().decode(T.self, from: Data(bytes.readableBytesView))
    }

    func registerKiosk() async throws -> KioskCredentials {
        try await send(.POST, "/api/v1/admin/kiosks", token: TestDatabase.adminToken,
                       body: KioskEnrolmentRequest(name: "Puerta", site: "principal"), as: KioskCredentials.self)
    }

    func addEmployees(_ codes: [String]) async throws {
        for code in codes {
            _ = try await send(.POST, "/api/v1/admin/employees", token: TestDatabase.adminToken,
                               body: AdminEmployee(code: code, name: "Empleado \(code)", site: "principal"), as: AdminEmployee.self)
        }
    }

    func push(_ punches: [WirePunch], token: String) async throws -> [ItemResult] {
        try await send(.POST, SyncAPI.punchesPath, token: token, body: PunchBatch(punches: punches), as: BatchResult.self).results
    }
}
