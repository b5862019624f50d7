import AttendanceServer
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import SyncProtocol
import Testing

/// Request helpers over HummingbirdTesting's client: JSON in and out with the protocol's coders.
struct TestAPI {
    let client: any TestClientProtocol

    /// Sends `body` (already JSON, or encoded) with a bearer token; returns the status and body bytes.
    @discardableResult
    func send(_ method: HTTPRequest.Method, _ path: String, token: String?, json: Data? = nil) async throws -> (HTTPResponse.Status, Data) {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let token { headers[.authorization] = "Bearer \(token)" }
        let response = try await client.execute(uri: path, method: method, headers: headers, body: json.map { ByteBuffer(bytes: $0) })
        return (response.status, Data(response.body.readableBytesView))
    }

    /// Sends an encodable body and decodes the answer as `T`, expecting `status`.
    func call<T: Decodable>(_ method: HTTPRequest.Method, _ path: String, token: String?, body: (some Encodable)? = nil as String?,
                            expect status: HTTPResponse.Status = .ok, as: T.Type,
                            sourceLocation: SourceLocation = #_sourceLocation) async throws -> T {
        let data = try body.map { try SyncCoding.encoder().encode($0) }
        let (got, answer) = try await send(method, path, token: token, json: data)
        #expect(got == status, "\(method) \(path): \(String(decoding: answer, as: UTF8.self))", sourceLocation: sourceLocation)
        return try SyncCoding.decoder().decode(T.self, from: answer)
    }

    /// Sends an encodable body, expecting `status`, ignoring the answer.
    func expect(_ status: HTTPResponse.Status, _ method: HTTPRequest.Method, _ path: String, token: String?,
                body: (some Encodable)? = nil as String?, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let data = try body.map { try SyncCoding.encoder().encode($0) }
        let (got, answer) = try await send(method, path, token: token, json: data)
        #expect(got == status, "\(method) \(path): \(String(decoding: answer, as: UTF8.self))", sourceLocation: sourceLocation)
    }

    /// Registers a kiosk at `site` and returns its credentials.
    func registerKiosk(_ name: String, site: String = "principal") async throws -> KioskCredentials {
        try await call(.post, "/api/v1/admin/kiosks", token: TestDatabase.adminToken,
                       body: KioskEnrolmentRequest(name: name, site: site), expect: .created, as: KioskCredentials.self)
    }

    /// Creates an employee.
    func addEmployee(_ code: String, site: String = "principal") async throws {
        try await expect(.created, .post, "/api/v1/admin/employees", token: TestDatabase.adminToken,
                         body: AdminEmployee(code: code, name: "Empleado \(code)", site: site, pinHash: "pbkdf2$test$\(code)"))
    }

    /// Pushes punches with `token`.
    func push(_ punches: [WirePunch], token: String) async throws -> [ItemResult] {
        try await call(.post, SyncAPI.punchesPath, token: token, body: PunchBatch(punches: punches), as: BatchResult.self).results
    }
}

/// Punches for tests.
enum TestPunches {
    /// `YYYY-MM-DD` of `instant` in UTC: a local date the server accepts for it.
    static func utcDay(_ instant: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// `count` alternating punches for `employees`, a minute apart from `start`.
    static func make(count: Int, employees: [String], kioskID: String = "door-a",
                     start: Date = Date(timeIntervalSince1970: 1_717_398_000)) -> [WirePunch] {
        (0..<count).map { index in
            let instant = start.addingTimeInterval(Double(index) * 60)
            return WirePunch(id: UUID(), kioskID: kioskID, sequence: Int64(index + 1), employeeCode: employees[index % employees.count],
                             instant: instant, localDate: utcDay(instant), kind: index % 2 == 0 ? "IN" : "OUT", method: "face",
                             matchDistance: 0.31, shiftName: "Mañana", flags: 0)
        }
    }
}
