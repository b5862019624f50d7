import Attendance
import Foundation
public import KioskStore
public import SyncProtocol

extension RosterUpdate {
    /// The store's view of a wire delta. Items that cannot be read (a shift time that is not `HH:MM`, a
    /// weekday outside 1…7, a descriptor that is not 512 bytes, an unknown punch kind, a deletion key of the
    /// wrong shape, a holiday or leave with a bad date or kind) are left out and counted in ``unreadable``.
    public init(_ delta: RosterDelta) {
        var unreadable = 0
        let employees = delta.employees.map {
            RosterUpdate.Employee(code: EmployeeCode($0.code), name: $0.name, role: $0.role, active: $0.active,
                                  pinHash: $0.pinHash, biometricConsent: $0.biometricConsent, badge: $0.badge)
        }
        var templates: [RosterUpdate.Template] = []
        for template in delta.templates {
            guard template.descriptor.count == 128 * 4, let vector = DescriptorBytes.decode(template.descriptor) else {
                unreadable += 1
                continue
            }
            templates.append(RosterUpdate.Template(id: template.id, employee: EmployeeCode(template.employeeCode), vector: vector))
        }
        var shifts: [Shift] = []
        for shift in delta.shifts {
            guard let start = LocalTime(shift.start), let end = LocalTime(shift.end) else {
                unreadable += 1
                continue
            }
            shifts.append(Shift(name: shift.name, start: start, end: end))
        }
        var schedules: [Schedule] = []
        for line in delta.schedules {
            guard let weekday = Weekday(rawValue: line.weekday) else {
                unreadable += 1
                continue
            }
            schedules.append(Schedule(employee: EmployeeCode(line.employeeCode), weekday: weekday, shiftName: line.shiftName,
                                      entryToleranceMinutes: line.entryToleranceMinutes,
                                      exitToleranceMinutes: line.exitToleranceMinutes, requiredMinutes: line.requiredMinutes))
        }
        var lastPunches: [SiteLastPunch] = []
        for last in delta.lastPunches {
            guard let kind = PunchKind(rawValue: last.kind) else {
                unreadable += 1
                continue
            }
            lastPunches.append(SiteLastPunch(employee: EmployeeCode(last.employeeCode), punchID: last.punchID,
                                             kioskID: last.kioskID, instant: last.instant, kind: kind))
        }
        var deletions: [RosterUpdate.Deletion] = []
        for deletion in delta.deletions {
            guard let mapped = Self.deletion(deletion) else {
                unreadable += 1
                continue
            }
            deletions.append(mapped)
        }
        var calendar: DayCalendar?
        if delta.holidays != nil || delta.leave != nil {
            var read = DayCalendar()
            for holiday in delta.holidays ?? [] {
                guard let date = LocalDate(holiday.date) else {
                    unreadable += 1
                    continue
                }
                read.holidays.append(Holiday(date: date, name: holiday.name))
            }
            for leave in delta.leave ?? [] {
                guard let kind = LeaveKind(rawValue: leave.kind), let portion = LeavePortion(rawValue: leave.portion),
                      let from = LocalDate(leave.from), let to = LocalDate(leave.to), from <= to else {
                    unreadable += 1
                    continue
                }
                read.leave.append(Leave(id: leave.id, employee: EmployeeCode(leave.employeeCode), kind: kind, from: from, to: to,
                                        portion: portion, note: leave.note))
            }
            calendar = read
        }
        self.init(version: delta.version, employees: employees, templates: templates, shifts: shifts, schedules: schedules,
                  lastPunches: lastPunches, lastPunchesComplete: delta.punchesSince == 0, lastPunchCursor: delta.punchesCursor,
                  deletions: deletions, unreadable: unreadable, calendar: calendar)
    }

    /// A deletion's key read by kind; a schedule key is `CODE/WEEKDAY/SHIFT`: the weekday is the first part
    /// after the code that is a number 1…7, and the shift name is everything after it (it may hold a slash).
    static func deletion(_ deletion: RosterDeletion) -> RosterUpdate.Deletion? {
        switch deletion.kind {
        case .employee:
            return deletion.key.isEmpty ? nil : .employee(EmployeeCode(deletion.key))
        case .template:
            return UUID(uuidString: deletion.key).map { .template($0) }
        case .shift:
            return deletion.key.isEmpty ? nil : .shift(deletion.key)
        case .schedule:
            let parts = deletion.key.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count >= 3 else { return nil }
            for split in 1..<(parts.count - 1) {
                let code = parts[..<split].joined(separator: "/")
                guard let number = Int(parts[split]), let weekday = Weekday(rawValue: number) else { continue }
                let shift = parts[(split + 1)...].joined(separator: "/")
                return .schedule(employee: EmployeeCode(code), weekday: weekday, shiftName: shift)
            }
            return nil
        }
    }
}
