import Foundation
import Hummingbird
import SyncProtocol

// MARK: - Admin routes

extension RouteTable {
    static func adminRoutes(_ database: ServerDatabase) -> [APIRoute] {
        let admin = SyncAPI.pathPrefix + "/admin"
        return [
            APIRoute(.get, admin + "/sites", access: .admin, summary: "List sites", response: "AdminSite[]") { _, _, _ in
                try JSONBody.response(try await database.sites())
            },
            APIRoute(.post, admin + "/sites", access: .admin, summary: "Create or rename a site", request: "AdminSite",
                     response: "AdminSite") { request, _, _ in
                let site = try await JSONBody.decode(AdminSite.self, from: request)
                try await database.save(site: site)
                return try JSONBody.response(site, status: .created)
            },
            APIRoute(.get, admin + "/employees", access: .admin, summary: "List employees", response: "AdminEmployee[]",
                     query: ["site"]) { request, _, _ in
                try JSONBody.response(try await database.employees(site: request.uri.queryParameters.get("site")))
            },
            APIRoute(.post, admin + "/employees", access: .admin, summary: "Create or update an employee",
                     request: "AdminEmployee", response: "AdminEmployee") { request, _, _ in
                let employee = try await JSONBody.decode(AdminEmployee.self, from: request)
                try await database.save(employee: employee)
                return try JSONBody.response(employee, status: .created)
            },
            APIRoute(.put, admin + "/employees/{code}", access: .admin, summary: "Update an employee",
                     request: "AdminEmployee", response: "AdminEmployee") { request, context, _ in
                var employee = try await JSONBody.decode(AdminEmployee.self, from: request)
                employee.code = try parameter("code", context)
                try await database.save(employee: employee)
                return try JSONBody.response(employee)
            },
            APIRoute(.delete, admin + "/employees/{code}", access: .admin,
                     summary: "Deactivate an employee (punches kept) and delete their face templates everywhere") { _, context, _ in
                try await database.deactivate(employee: try parameter("code", context))
                return Response(status: .noContent)
            },
            APIRoute(.get, admin + "/employees/{code}/schedules", access: .admin, summary: "An employee's schedule lines",
                     response: "AdminSchedule[]") { _, context, _ in
                try JSONBody.response(try await database.schedules(of: try parameter("code", context)))
            },
            APIRoute(.put, admin + "/employees/{code}/schedules", access: .admin, summary: "Replace an employee's week",
                     request: "AdminSchedule[]", response: "AdminSchedule[]") { request, context, _ in
                let code = try parameter("code", context)
                let lines = try await JSONBody.decode([AdminSchedule].self, from: request)
                try await database.replaceSchedules(of: code, with: lines)
                return try JSONBody.response(try await database.schedules(of: code))
            },
            APIRoute(.get, admin + "/employees/{code}/templates", access: .admin,
                     summary: "An employee's face templates (metadata, never descriptors)", response: "TemplateSummary[]") { _, context, _ in
                try JSONBody.response(try await database.templates(of: try parameter("code", context)))
            },
            APIRoute(.delete, admin + "/employees/{code}/templates", access: .admin,
                     summary: "Delete an employee's biometrics on the server and, via the roster, on every kiosk") { _, context, _ in
                try await database.deleteBiometrics(of: try parameter("code", context))
                return Response(status: .noContent)
            },
            APIRoute(.get, admin + "/biometric-deletions", access: .admin,
                     summary: "Biometric deletions and which kiosks have not yet confirmed them",
                     response: "BiometricDeletionStatus[]") { _, _, _ in
                try JSONBody.response(try await database.biometricDeletions())
            },
            APIRoute(.get, admin + "/shifts", access: .admin, summary: "List shifts", response: "AdminShift[]") { _, _, _ in
                try JSONBody.response(try await database.shifts())
            },
            APIRoute(.put, admin + "/shifts/{name}", access: .admin, summary: "Create or change a shift",
                     request: "AdminShift", response: "AdminShift") { request, context, _ in
                var shift = try await JSONBody.decode(AdminShift.self, from: request)
                shift.name = try parameter("name", context)
                try await database.save(shift: shift)
                return try JSONBody.response(shift)
            },
            APIRoute(.delete, admin + "/shifts/{name}", access: .admin, summary: "Delete a shift no schedule uses") { _, context, _ in
                try await database.deleteShift(named: try parameter("name", context))
                return Response(status: .noContent)
            },
            APIRoute(.get, admin + "/kiosks", access: .admin, summary: "Every kiosk and when it was last heard from",
                     response: "KioskStatus[]") { _, _, _ in
                try JSONBody.response(try await database.kiosks())
            },
            APIRoute(.post, admin + "/kiosks", access: .admin, summary: "Register a kiosk; its token is returned once",
                     request: "KioskEnrolmentRequest", response: "KioskCredentials") { request, _, _ in
                let body = try await JSONBody.decode(KioskEnrolmentRequest.self, from: request)
                return try JSONBody.response(try await database.registerKiosk(name: body.name, site: body.site), status: .created)
            },
            APIRoute(.post, admin + "/registration-codes", access: .admin, summary: "Make a one-time kiosk registration code",
                     request: "RegistrationCodeRequest", response: "RegistrationCode") { request, _, _ in
                let body = try await JSONBody.decode(RegistrationCodeRequest.self, from: request)
                return try JSONBody.response(
                    try await database.makeRegistrationCode(site: body.site, validMinutes: body.validMinutes ?? 60), status: .created)
            },
        ]
    }
}
