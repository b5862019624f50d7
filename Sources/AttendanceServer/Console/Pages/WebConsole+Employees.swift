import Attendance
import Foundation
import Hummingbird

// MARK: - Employees (administrators)

extension WebConsole {
    func employeesPage(_ request: Request) async throws -> Response {
        let user = try await administrator(request)
        let language = user.language
        let site = request.uri.queryParameters["site"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        let employees = try await database.employees(site: site)
        let data: [String: Any] = [
            "sites": try await database.sites().map { ["id": $0.id, "name": $0.name, "selected": $0.id == site] as [String: Any] },
            "employees": employees.map { employee in
                ["code": employee.code, "name": employee.name, "site": employee.site,
                 "roleLabel": ConsoleText.role(Role(rawValue: employee.role) ?? .colaborador, language),
                 "stateLabel": employee.active ? ConsoleText.text(.active, language) : ConsoleText.text(.inactive, language),
                 "consentLabel": ConsoleText.text(employee.biometricConsent == true ? .given : .notGiven, language),
                 "pinLabel": ConsoleText.text(employee.pinHash == nil ? .notSet : .isSet, language),
                 "badgeLabel": ConsoleText.text(employee.badge == nil ? .notSet : .isSet, language),
                 "personURL": Self.url("/console/people/", employee.code), "editURL": Self.url("/console/employees/", employee.code)]
                    as [String: Any]
            },
        ]
        return page(EmployeesTemplate.name, title: .employees, data: data, user: user, notice: notice(of: request, language))
    }

    func newEmployeePage(_ request: Request) async throws -> Response {
        let user = try await administrator(request)
        let blank = AdminEmployee(code: "", name: "", site: user.account.site)
        return try await employeeForm(blank, isNew: true, user: user)
    }

    func editEmployeePage(_ request: Request, code: String) async throws -> Response {
        let user = try await administrator(request)
        guard let employee = try await database.employee(code: code) else { throw ConsoleError.notFound }
        return try await employeeForm(employee, isNew: false, user: user, notice: notice(of: request, user.language))
    }

    /// The employee form (new or edit), optionally with an error, a notice or a PIN shown once.
    private func employeeForm(_ employee: AdminEmployee, isNew: Bool, user: SignedIn, error: String? = nil, notice: String? = nil,
                              shownPIN: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let language = user.language
        let base = Self.url("/console/employees/", employee.code)
        var data: [String: Any] = [
            "isNew": isNew, "action": isNew ? "/console/employees" : base, "baseURL": base,
            "employee": ["code": employee.code, "name": employee.name, "active": employee.active, "badge": employee.badge ?? ""] as [String: Any],
            "roles": Role.allCases.map { role in
                ["value": role.rawValue, "label": ConsoleText.role(role, language), "selected": role.rawValue == employee.role] as [String: Any]
            },
            "sites": try await database.sites().map { ["id": $0.id, "name": $0.name, "selected": $0.id == employee.site] as [String: Any] },
        ]
        if !isNew {
            let role = Role(rawValue: employee.role) ?? .colaborador
            data["consentLabel"] = ConsoleText.text(employee.biometricConsent == true ? .given : .notGiven, language)
            data["templateCount"] = String(try await database.templates(of: employee.code).count)
            data["pinLabel"] = ConsoleText.text(employee.pinHash == nil ? .notSet : .isSet, language)
            data["consoleLabel"] = ConsoleText.text(try await database.consoleAccountCodes().contains(employee.code) ? .isSet : .notSet, language)
            data["mayHaveConsole"] = ConsoleAccount.hasConsole(role) && employee.active
            data["personURL"] = Self.url("/console/people/", employee.code)
        }
        if let error { data["error"] = error }
        if let shownPIN { data["shownPIN"] = shownPIN }
        var response = page(EmployeeFormTemplate.name, title: isNew ? .newEmployee : .employees, data: data, user: user, notice: notice)
        response.status = status
        return response
    }

    /// The employee the form describes (code from the path when editing); without a badge field the stored
    /// badge is kept.
    private func submitted(_ form: ConsoleForm, code: String?, current: AdminEmployee?, badge: BadgeField.Choice) -> AdminEmployee {
        let number: String? = switch badge {
        case .keep: current?.badge
        case .set(let chosen): chosen
        }
        return AdminEmployee(code: code ?? form["code"] ?? "", name: form["name"] ?? "", role: form["role"] ?? "COLABORADOR",
                             site: form["site"] ?? "", active: form["active"].map { $0 == "true" } ?? current?.active ?? true,
                             pinHash: current?.pinHash, badge: number)
    }

    /// Saves `employee`; a refusal of the store comes back as the form with the reason, a taken badge in the
    /// reader's language with the holder's code.
    ///
    /// - Returns: nil when saved, else the form to answer with.
    private func save(_ employee: AdminEmployee, isNew: Bool, user: SignedIn) async throws -> Response? {
        do {
            try await database.save(employee: employee)
            return nil
        } catch let error as APIError {
            var message = error.message
            if error.status == .conflict, let badge = employee.badge {
                let holder = try await database.badgeHolder(badge, except: employee.code)
                message = ConsoleText.text(.badgeTaken, user.language) + (holder.map { " (\($0))" } ?? "")
            }
            return try await employeeForm(employee, isNew: isNew, user: user, error: message, status: error.status)
        }
    }

    /// The form again with a refusal of ``BadgeField`` in the reader's language, the other fields as sent.
    private func badgeRefused(_ error: ConsoleError, form: ConsoleForm, code: String?, current: AdminEmployee?,
                              user: SignedIn) async throws -> Response {
        try await employeeForm(submitted(form, code: code, current: current, badge: .keep), isNew: code == nil, user: user,
                               error: ConsoleText.text(error.key, user.language), status: error.status)
    }

    func createEmployee(_ request: Request) async throws -> Response {
        let user = try await administrator(request)
        let form = try await checkedForm(request, user)
        let choice: BadgeField.Choice
        do {
            choice = try BadgeField.choice(form)
        } catch let error as ConsoleError {
            return try await badgeRefused(error, form: form, code: nil, current: nil, user: user)
        }
        let employee = submitted(form, code: nil, current: nil, badge: choice)
        if try await database.employee(code: employee.code) != nil {
            return try await employeeForm(employee, isNew: true, user: user, error: "'\(employee.code)': " + ConsoleText.text(.badForm, user.language),
                                          status: .conflict)
        }
        if let refusal = try await save(employee, isNew: true, user: user) { return refusal }
        try await database.consoleAudit(actor: user.actor, action: "employee.create",
                                        detail: "\(employee.code) \(employee.role) at \(employee.site)")
        return ConsoleRenderer.redirect(to: Self.url("/console/employees/", employee.code) + "?notice=employeeCreated")
    }

    func updateEmployee(_ request: Request, code: String) async throws -> Response {
        let user = try await administrator(request)
        let form = try await checkedForm(request, user)
        guard let current = try await database.employee(code: code) else { throw ConsoleError.notFound }
        let choice: BadgeField.Choice
        do {
            choice = try BadgeField.choice(form)
        } catch let error as ConsoleError {
            return try await badgeRefused(error, form: form, code: code, current: current, user: user)
        }
        let employee = submitted(form, code: code, current: current, badge: choice)
        if let refusal = try await save(employee, isNew: false, user: user) { return refusal }
        // The badge is a credential: the audit says whether it changed, never the number.
        let badgeNote = employee.badge == current.badge ? "" : (employee.badge == nil ? ", badge removed" : ", badge set")
        try await database.consoleAudit(actor: user.actor, action: "employee.update",
                                        detail: "\(code) \(employee.role) at \(employee.site), active \(employee.active)\(badgeNote)")
        return ConsoleRenderer.redirect(to: Self.url("/console/employees/", code) + "?notice=saved")
    }

    func deactivateEmployee(_ request: Request, code: String) async throws -> Response {
        let user = try await administrator(request)
        _ = try await checkedForm(request, user)
        try await database.deactivate(employee: code)
        try await database.consoleAudit(actor: user.actor, action: "employee.deactivate", detail: "\(code): inactive, templates deleted")
        return ConsoleRenderer.redirect(to: Self.url("/console/employees/", code) + "?notice=deactivated")
    }

    /// A new six-digit PIN: stored as the kiosk's hash, shown once in this answer, never again.
    func resetPIN(_ request: Request, code: String) async throws -> Response {
        let user = try await administrator(request)
        _ = try await checkedForm(request, user)
        guard var employee = try await database.employee(code: code) else { throw ConsoleError.notFound }
        let (pin, hash) = try await pins.make()
        employee.pinHash = hash
        try await database.save(employee: employee)
        try await database.consoleAudit(actor: user.actor, action: "employee.pin", detail: "\(code): new PIN")
        return try await employeeForm(employee, isNew: false, user: user, notice: ConsoleText.text(.pinReset, user.language), shownPIN: pin)
    }

    func deleteBiometrics(_ request: Request, code: String) async throws -> Response {
        let user = try await administrator(request)
        _ = try await checkedForm(request, user)
        guard try await database.employee(code: code) != nil else { throw ConsoleError.notFound }
        let deleted = try await database.deleteBiometrics(of: code)
        try await database.consoleAudit(actor: user.actor, action: "employee.biometrics.delete", detail: "\(code): \(deleted) template(s)")
        return ConsoleRenderer.redirect(to: Self.url("/console/employees/", code) + "?notice=biometricsDeleted")
    }

    /// Sets a supervisor's or administrator's console password (bcrypt), which also unlocks the account.
    func setPassword(_ request: Request, code: String) async throws -> Response {
        let user = try await administrator(request)
        let form = try await checkedForm(request, user)
        guard let employee = try await database.employee(code: code) else { throw ConsoleError.notFound }
        let password = form.raw("password") ?? ""
        if let problem = PasswordHasher.problem(with: password) {
            return try await employeeForm(employee, isNew: false, user: user, error: ConsoleText.text(problem, user.language),
                                          status: .badRequest)
        }
        try await database.setConsolePasswordHash(code: code, hash: try await passwords.hash(password), by: user.actor)
        return ConsoleRenderer.redirect(to: Self.url("/console/employees/", code) + "?notice=passwordSet")
    }
}
