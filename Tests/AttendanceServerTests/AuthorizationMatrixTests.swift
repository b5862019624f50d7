import APIContract
import AttendanceServer
import Foundation
import HTTPTypes
import SyncProtocol
import TestEnvironment
import Testing

@Suite("Authorization matrix", .timeLimit(.minutes(20)))
struct AuthorizationMatrixTests {
    /// Who may call each operation of the contract. A new operation without a row here fails the test.
    static let access: [String: String] = [
        "health": "open", "ready": "open", "openAPIJSON": "open", "openAPIYAML": "open", "registerKiosk": "open",
        "pushPunches": "kiosk", "pullRoster": "kiosk", "pushEnrolments": "kiosk", "sendHeartbeat": "kiosk",
        "pushCorrections": "kiosk", "pushConsentWithdrawals": "kiosk",
        "listSites": "admin", "saveSite": "admin", "listEmployees": "admin", "createEmployee": "admin", "updateEmployee": "admin",
        "deactivateEmployee": "admin", "listSchedules": "admin", "replaceSchedules": "admin", "listTemplates": "admin",
        "deleteTemplates": "admin", "listBiometricDeletions": "admin", "listShifts": "admin", "saveShift": "admin",
        "deleteShift": "admin", "listKiosks": "admin", "createKiosk": "admin", "revokeKiosk": "admin",
        "createRegistrationCode": "admin", "dailyReport": "admin", "weeklyReport": "admin", "monthlyReport": "admin",
        "lateReport": "admin", "absencesReport": "admin",
        "listHolidays": "admin", "saveHoliday": "admin", "deleteHoliday": "admin", "getSitePolicy": "admin", "saveSitePolicy": "admin",
        "listLeave": "admin", "createLeave": "admin", "cancelLeave": "admin", "approveOvertime": "admin", "explainDay": "admin",
        "listReviewQueue": "admin", "reviewPunch": "admin", "listExports": "admin", "changesSinceExport": "admin",
    ]

    /// Every operation of the document: id, method, path with its parameters filled with names nobody has.
    static func operations() throws -> [(id: String, method: HTTPRequest.Method, path: String)] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(ContractDocument.json.utf8)) as? [String: Any])
        let paths = try #require(json["paths"] as? [String: [String: Any]])
        var list: [(String, HTTPRequest.Method, String)] = []
        for (path, item) in paths {
            for (method, value) in item where method != "parameters" {
                let id = try #require((value as? [String: Any])?["operationId"] as? String)
                let filled = path.replacingOccurrences(of: #"\{[a-z]+\}"#, with: "NOBODY", options: .regularExpression)
                list.append((id, try #require(HTTPRequest.Method(method.uppercased())), filled))
            }
        }
        return list.sorted { $0.0 < $1.0 }
    }

    @Test("every operation × {no token, kiosk of site A, kiosk of site B, revoked kiosk, old admin token, admin}",
          .needs(.postgres, missing: TestDatabase.missing))
    func matrix() async throws {
        let operations = try Self.operations()
        #expect(Set(operations.map(\.id)) == Set(Self.access.keys), "each operation needs a row in the matrix")
        try await withTestServer { api, server in
            try await server.database.save(site: AdminSite(id: "sur", name: "Sur"))
            let kioskA = try await api.registerKiosk("Norte")
            let kioskB = try await api.registerKiosk("Sur", site: "sur")
            let revoked = try await api.registerKiosk("Robado")
            try await server.database.revoke(kiosk: revoked.kioskID)
            let newAdmin = "matrix-new-admin-token-0123456789abcdef"
            try await server.database.seed(defaultSite: "principal", adminToken: newAdmin)
            let callers: [(name: String, token: String?, role: String)] = [
                ("no token", nil, "none"), ("kiosk of site A", kioskA.token, "kiosk"), ("kiosk of site B", kioskB.token, "kiosk"),
                ("revoked kiosk", revoked.token, "none"), ("old admin token", TestDatabase.adminToken, "none"), ("admin", newAdmin, "admin"),
            ]
            var cells = 0
            for operation in operations {
                let needed = try #require(Self.access[operation.id])
                for caller in callers {
                    let body = [.post, .put].contains(operation.method) ? Data("{}".utf8) : nil
                    let (status, _) = try await api.send(operation.method, operation.path, token: caller.token, json: body)
                    let allowed = needed == "open" || needed == caller.role
                    if allowed {
                        #expect(status != .unauthorized && status != .forbidden && status.code < 500,
                                "\(operation.id) as \(caller.name): \(status.code)")
                    } else {
                        #expect(status == .unauthorized, "\(operation.id) as \(caller.name) must be 401, was \(status.code)")
                    }
                    cells += 1
                }
            }
            #expect(cells == operations.count * callers.count)
        }
    }
}
