import AttendanceServer
import Foundation
import SyncProtocol
import TestEnvironment
import Testing

@Suite("One face, one person, site-wide", .timeLimit(.minutes(20)))
struct EnrolmentConflictTests {
    /// An enrolment of `code` whose descriptor is `values`, under its own consent record.
    static func enrolment(_ code: String, _ values: [Float]) -> WireEnrolment {
        let descriptor = Data(values.flatMap { value in withUnsafeBytes(of: value.bitPattern.littleEndian) { Array($0) } })
        return WireEnrolment(id: UUID(), employeeCode: code, descriptor: descriptor, enrolledAt: Date(),
                             consent: WireConsent(id: UUID(), givenAt: Date(), recordedBy: "S001", textVersion: "consent-es-1"))
    }

    static let face = (0..<128).map { Float($0) / 256 - 0.25 }
    /// The same face seen again: 0.2 away.
    static let sameFace = face.enumerated().map { $0.offset == 0 ? $0.element + 0.2 : $0.element }

    @Test("within one batch the first code keeps the face; another site's employee may look alike; refusals go with the biometrics",
          .needs(.postgres, missing: TestDatabase.missing))
    func conflictsAreSiteWideAndFirstComeFirstKept() async throws {
        try await withTestServer { api, server in
            try await api.expect(.created, .post, "/api/v1/admin/sites", token: TestDatabase.adminToken,
                                 body: AdminSite(id: "almacen", name: "Almacén"))
            let door = try await api.registerKiosk("Norte")
            let warehouse = try await api.registerKiosk("Almacén", site: "almacen")
            try await api.addEmployee("E001")
            try await api.addEmployee("E002")
            try await api.addEmployee("W001", site: "almacen")

            let first = Self.enrolment("E001", Self.face)
            let second = Self.enrolment("E002", Self.sameFace)
            let answer = try await api.call(.post, SyncAPI.enrolmentsPath, token: door.token,
                                            body: EnrolmentBatch(enrolments: [first, second]), as: BatchResult.self)
            #expect(answer.results.map(\.outcome) == [.accepted, .rejected])
            let reason = try #require(answer.results.last?.reason)
            #expect(FaceConflictReason.isFaceConflict(reason))
            #expect(reason.contains("matches E001") && reason.contains("distance 0.200"), "\(reason)")

            let elsewhere = try await api.call(.post, SyncAPI.enrolmentsPath, token: warehouse.token,
                                               body: EnrolmentBatch(enrolments: [Self.enrolment("W001", Self.face)]), as: BatchResult.self)
            #expect(elsewhere.results.map(\.outcome) == [.accepted], "another site's kiosks never see E001's face")

            // No override without an open refusal, an administrator and a reason.
            await #expect(throws: (any Error).self) {
                try await server.database.acceptRejectedEnrolment(UUID(), by: "admin", reason: "twins")
            }
            await #expect(throws: (any Error).self) {
                try await server.database.acceptRejectedEnrolment(second.id, by: "", reason: "twins")
            }

            #expect(try await server.database.enrolmentRejections().map(\.id) == [second.id])
            try await server.database.deleteBiometrics(of: "E002")
            #expect(try await server.database.enrolmentRejections().isEmpty, "a refused template is biometric data too")
        }
    }
}
