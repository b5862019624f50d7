import APIContract
import Foundation

// The administrator's types, between the contract (generated) and the server's own.

extension AdminSite {
    init(_ site: Components.Schemas.AdminSite) { self.init(id: site.id, name: site.name) }
}

extension Components.Schemas.AdminSite {
    init(_ site: AdminSite) { self.init(id: site.id, name: site.name) }
}

extension AdminEmployee {
    init(_ employee: Components.Schemas.AdminEmployee) {
        self.init(code: employee.code, name: employee.name, role: employee.role.rawValue, site: employee.site, active: employee.active,
                  pinHash: employee.pinHash, badge: employee.badge)
    }
}

extension Components.Schemas.AdminEmployee {
    init(_ employee: AdminEmployee) throws {
        self.init(code: employee.code, name: employee.name, role: try ContractMappingError.enumeration(employee.role, "role"),
                  site: employee.site, active: employee.active, pinHash: employee.pinHash, biometricConsent: employee.biometricConsent,
                  badge: employee.badge)
    }
}

extension AdminSchedule {
    init(_ line: Components.Schemas.AdminSchedule) {
        self.init(weekday: line.weekday, shiftName: line.shiftName, entryToleranceMinutes: line.entryToleranceMinutes,
                  exitToleranceMinutes: line.exitToleranceMinutes, requiredMinutes: line.requiredMinutes)
    }
}

extension Components.Schemas.AdminSchedule {
    init(_ line: AdminSchedule) {
        self.init(weekday: line.weekday, shiftName: line.shiftName, entryToleranceMinutes: line.entryToleranceMinutes,
                  exitToleranceMinutes: line.exitToleranceMinutes, requiredMinutes: line.requiredMinutes)
    }
}

extension AdminShift {
    init(_ shift: Components.Schemas.AdminShift) { self.init(name: shift.name, start: shift.start, end: shift.end) }
}

extension Components.Schemas.AdminShift {
    init(_ shift: AdminShift) { self.init(name: shift.name, start: shift.start, end: shift.end) }
}

extension Components.Schemas.TemplateSummary {
    init(_ template: TemplateSummary) {
        self.init(id: template.id.uuidString, enrolledAt: template.enrolledAt, enrolledByKiosk: template.enrolledByKiosk,
                  consentGivenAt: template.consentGivenAt, consentRecordedBy: template.consentRecordedBy,
                  consentTextVersion: template.consentTextVersion)
    }
}

extension Components.Schemas.BiometricDeletionStatus {
    init(_ status: BiometricDeletionStatus) {
        self.init(employeeCode: status.employeeCode, site: status.site, requestedAt: status.requestedAt, rosterVersion: status.rosterVersion,
                  templatesDeleted: status.templatesDeleted, confirmedKiosks: status.confirmedKiosks, pendingKiosks: status.pendingKiosks)
    }
}

extension Components.Schemas.KioskStatus {
    init(_ kiosk: KioskStatus) {
        self.init(id: kiosk.id, name: kiosk.name, site: kiosk.site, registeredAt: kiosk.registeredAt, lastHeartbeatAt: kiosk.lastHeartbeatAt,
                  secondsSinceHeartbeat: kiosk.secondsSinceHeartbeat.map(Int64.init), softwareVersion: kiosk.softwareVersion,
                  camera: kiosk.camera, queueDepth: kiosk.queueDepth.map { Int32(clamping: $0) }, clockSkewSeconds: kiosk.clockSkewSeconds,
                  lastError: kiosk.lastError, appliedRosterVersion: kiosk.appliedRosterVersion, revokedAt: kiosk.revokedAt)
    }
}

extension Components.Schemas.RegistrationCode {
    init(_ code: RegistrationCode) { self.init(code: code.code, site: code.site, expiresAt: code.expiresAt) }
}

extension Components.Schemas.AttendanceReport {
    init(_ report: AttendanceReport) {
        self.init(
            kind: .init(rawValue: report.kind.rawValue) ?? .daily, from: report.from, to: report.to, site: report.site,
            computedAt: report.computedAt,
            rows: report.rows.map { row in
                .init(date: row.date, employeeCode: row.employeeCode, employeeName: row.employeeName, shift: row.shift, firstIn: row.firstIn,
                      lastOut: row.lastOut, status: row.status, minutesLate: row.minutesLate, minutesWorked: row.minutesWorked,
                      requiredMinutes: row.requiredMinutes, flags: row.flags, overtimeMinutes: row.overtimeMinutes,
                      approvedOvertimeMinutes: row.approvedOvertimeMinutes, reasonEs: row.reasonEs, reasonEn: row.reasonEn,
                      rulesVersion: row.rulesVersion)
            },
            totals: report.totals.map { total in
                .init(employeeCode: total.employeeCode, days: total.days, lateDays: total.lateDays, absentDays: total.absentDays,
                      minutesWorked: total.minutesWorked, minutesLate: total.minutesLate, requiredMinutes: total.requiredMinutes)
            },
            latenessPenalties: report.latenessPenalties?.map { penalty in
                .init(employeeCode: penalty.employeeCode, lateDates: penalty.lateDates, minutes: penalty.minutes, reasonEs: penalty.reasonEs,
                      reasonEn: penalty.reasonEn)
            })
    }
}
