public import Foundation
public import OpenAPIRuntime
public import SyncProtocol

// The roster delta, between the contract (generated) and the sync protocol.

extension Components.Schemas.RosterDelta {
    /// The contract's form of `delta`.
    public init(_ delta: RosterDelta) throws {
        self.init(
            since: delta.since, version: delta.version, site: delta.site,
            employees: try delta.employees.map { employee in
                .init(code: employee.code, name: employee.name, role: try ContractMappingError.enumeration(employee.role, "employees[].role"),
                      active: employee.active, pinHash: employee.pinHash, biometricConsent: employee.biometricConsent,
                      badge: employee.badge)
            },
            templates: delta.templates.map { .init(id: $0.id.uuidString, employeeCode: $0.employeeCode, descriptor: Base64EncodedData($0.descriptor)) },
            shifts: delta.shifts.map { .init(name: $0.name, start: $0.start, end: $0.end) },
            schedules: delta.schedules.map { line in
                .init(employeeCode: line.employeeCode, weekday: line.weekday, shiftName: line.shiftName,
                      entryToleranceMinutes: line.entryToleranceMinutes, exitToleranceMinutes: line.exitToleranceMinutes,
                      requiredMinutes: line.requiredMinutes)
            },
            lastPunches: try delta.lastPunches.map { punch in
                .init(employeeCode: punch.employeeCode, punchID: punch.punchID.uuidString, kioskID: punch.kioskID, instant: punch.instant,
                      kind: try ContractMappingError.enumeration(punch.kind, "lastPunches[].kind"))
            },
            punchesSince: delta.punchesSince, punchesCursor: delta.punchesCursor,
            deletions: try delta.deletions.map { deletion in
                .init(kind: try ContractMappingError.enumeration(deletion.kind.rawValue, "deletions[].kind"), key: deletion.key,
                      version: deletion.version)
            },
            holidays: delta.holidays?.map { .init(date: $0.date, name: $0.name) },
            leave: try delta.leave?.map { leave in
                .init(id: leave.id.uuidString, employeeCode: leave.employeeCode, kind: try ContractMappingError.enumeration(leave.kind, "leave[].kind"),
                      from: leave.from, to: leave.to, portion: try ContractMappingError.enumeration(leave.portion, "leave[].portion"),
                      note: leave.note)
            })
    }
}

extension RosterDelta {
    /// The sync protocol's form of a contract delta.
    public init(_ delta: Components.Schemas.RosterDelta) throws {
        self.init(
            since: delta.since, version: delta.version, site: delta.site,
            employees: delta.employees.map { employee in
                RosterEmployee(code: employee.code, name: employee.name, role: employee.role.rawValue, active: employee.active,
                               pinHash: employee.pinHash, biometricConsent: employee.biometricConsent, badge: employee.badge)
            },
            templates: try delta.templates.map { template in
                RosterTemplate(id: try UUID(contract: template.id, field: "templates[].id"), employeeCode: template.employeeCode,
                               descriptor: Data(template.descriptor.data))
            },
            shifts: delta.shifts.map { RosterShift(name: $0.name, start: $0.start, end: $0.end) },
            schedules: delta.schedules.map { line in
                RosterSchedule(employeeCode: line.employeeCode, weekday: line.weekday, shiftName: line.shiftName,
                               entryToleranceMinutes: line.entryToleranceMinutes, exitToleranceMinutes: line.exitToleranceMinutes,
                               requiredMinutes: line.requiredMinutes)
            },
            lastPunches: try delta.lastPunches.map { punch in
                RosterLastPunch(employeeCode: punch.employeeCode, punchID: try UUID(contract: punch.punchID, field: "lastPunches[].punchID"),
                                kioskID: punch.kioskID, instant: punch.instant, kind: punch.kind.rawValue)
            },
            punchesSince: delta.punchesSince, punchesCursor: delta.punchesCursor,
            deletions: try delta.deletions.map { deletion in
                RosterDeletion(kind: try ContractMappingError.enumeration(deletion.kind.rawValue, "deletions[].kind"), key: deletion.key,
                               version: deletion.version)
            },
            holidays: delta.holidays?.map { RosterHoliday(date: $0.date, name: $0.name) },
            leave: try delta.leave?.map { leave in
                RosterLeave(id: try UUID(contract: leave.id, field: "leave[].id"), employeeCode: leave.employeeCode, kind: leave.kind.rawValue,
                            from: leave.from, to: leave.to, portion: leave.portion.rawValue, note: leave.note)
            })
    }
}
