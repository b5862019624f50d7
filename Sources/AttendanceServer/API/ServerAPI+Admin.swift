import APIContract
import Foundation

// The administrator's operations: sites, employees, schedules, biometrics, shifts, kiosks.

extension ServerAPI {
    func listSites(_ input: Operations.ListSites.Input) async throws -> Operations.ListSites.Output {
        .ok(.init(body: .json(try await database.sites().map(Components.Schemas.AdminSite.init))))
    }

    func saveSite(_ input: Operations.SaveSite.Input) async throws -> Operations.SaveSite.Output {
        guard case .json(let site) = input.body else { throw APIError.badRequest("send the site as application/json") }
        try await database.save(site: AdminSite(site))
        return .created(.init(body: .json(site)))
    }

    func listEmployees(_ input: Operations.ListEmployees.Input) async throws -> Operations.ListEmployees.Output {
        .ok(.init(body: .json(try await database.employees(site: input.query.site).map(Components.Schemas.AdminEmployee.init))))
    }

    func createEmployee(_ input: Operations.CreateEmployee.Input) async throws -> Operations.CreateEmployee.Output {
        guard case .json(let employee) = input.body else { throw APIError.badRequest("send the employee as application/json") }
        return .created(.init(body: .json(try await save(AdminEmployee(employee)))))
    }

    func updateEmployee(_ input: Operations.UpdateEmployee.Input) async throws -> Operations.UpdateEmployee.Output {
        guard case .json(let employee) = input.body else { throw APIError.badRequest("send the employee as application/json") }
        var changed = AdminEmployee(employee)
        changed.code = input.path.code
        return .ok(.init(body: .json(try await save(changed))))
    }

    /// Saves `employee` and answers it as stored (its consent state included).
    private func save(_ employee: AdminEmployee) async throws -> Components.Schemas.AdminEmployee {
        try await database.save(employee: employee)
        let stored = try await database.employees(site: employee.site).first { $0.code == employee.code } ?? employee
        return try Components.Schemas.AdminEmployee(stored)
    }

    func deactivateEmployee(_ input: Operations.DeactivateEmployee.Input) async throws -> Operations.DeactivateEmployee.Output {
        try await database.deactivate(employee: input.path.code)
        return .noContent(.init())
    }

    func listSchedules(_ input: Operations.ListSchedules.Input) async throws -> Operations.ListSchedules.Output {
        .ok(.init(body: .json(try await database.schedules(of: input.path.code).map(Components.Schemas.AdminSchedule.init))))
    }

    func replaceSchedules(_ input: Operations.ReplaceSchedules.Input) async throws -> Operations.ReplaceSchedules.Output {
        guard case .json(let lines) = input.body else { throw APIError.badRequest("send the week as application/json") }
        try await database.replaceSchedules(of: input.path.code, with: lines.map(AdminSchedule.init))
        return .ok(.init(body: .json(try await database.schedules(of: input.path.code).map(Components.Schemas.AdminSchedule.init))))
    }

    func listTemplates(_ input: Operations.ListTemplates.Input) async throws -> Operations.ListTemplates.Output {
        .ok(.init(body: .json(try await database.templates(of: input.path.code).map(Components.Schemas.TemplateSummary.init))))
    }

    func deleteTemplates(_ input: Operations.DeleteTemplates.Input) async throws -> Operations.DeleteTemplates.Output {
        _ = try await database.deleteBiometrics(of: input.path.code)
        return .noContent(.init())
    }

    func listBiometricDeletions(_ input: Operations.ListBiometricDeletions.Input) async throws
        -> Operations.ListBiometricDeletions.Output {
        .ok(.init(body: .json(try await database.biometricDeletions().map(Components.Schemas.BiometricDeletionStatus.init))))
    }

    func listShifts(_ input: Operations.ListShifts.Input) async throws -> Operations.ListShifts.Output {
        .ok(.init(body: .json(try await database.shifts().map(Components.Schemas.AdminShift.init))))
    }

    func saveShift(_ input: Operations.SaveShift.Input) async throws -> Operations.SaveShift.Output {
        guard case .json(let body) = input.body else { throw APIError.badRequest("send the shift as application/json") }
        var shift = AdminShift(body)
        shift.name = input.path.name
        try await database.save(shift: shift)
        return .ok(.init(body: .json(.init(shift))))
    }

    func deleteShift(_ input: Operations.DeleteShift.Input) async throws -> Operations.DeleteShift.Output {
        try await database.deleteShift(named: input.path.name)
        return .noContent(.init())
    }

    func listKiosks(_ input: Operations.ListKiosks.Input) async throws -> Operations.ListKiosks.Output {
        .ok(.init(body: .json(try await database.kiosks().map(Components.Schemas.KioskStatus.init))))
    }

    func revokeKiosk(_ input: Operations.RevokeKiosk.Input) async throws -> Operations.RevokeKiosk.Output {
        try await database.revoke(kiosk: input.path.id)
        return .noContent(.init())
    }

    func createKiosk(_ input: Operations.CreateKiosk.Input) async throws -> Operations.CreateKiosk.Output {
        guard case .json(let request) = input.body else { throw APIError.badRequest("send the kiosk as application/json") }
        let credentials = try await database.registerKiosk(name: request.name, site: request.site)
        return .created(.init(body: .json(.init(credentials))))
    }

    func createRegistrationCode(_ input: Operations.CreateRegistrationCode.Input) async throws
        -> Operations.CreateRegistrationCode.Output {
        guard case .json(let request) = input.body else { throw APIError.badRequest("send the request as application/json") }
        let code = try await database.makeRegistrationCode(site: request.site, validMinutes: request.validMinutes ?? 60)
        return .created(.init(body: .json(.init(code))))
    }
}
