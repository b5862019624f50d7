import Attendance
import Foundation
import KioskStore
import Vocabulary

/// What supervisors do at the kiosk behind their own PIN: the day view, other days, corrections, the CSV
/// export, the review queue and their alarms. Built once the database is open.
final class StaffService: DoorService, Sendable {
    let door: DoorContext
    let store: KioskStore
    /// Verifies the staff member's PIN as check-in does (lockout per person).
    let checkIn: CheckInService

    init(door: DoorContext, store: KioskStore, checkIn: CheckInService) {
        self.door = door
        self.store = store
        self.checkIn = checkIn
    }
}

extension StaffService {
    /// Opens a staff screen (or closes a real door, `action` "quit kiosk"): the person's own PIN (never a
    /// shared one) and the right role. Wrong tries lock that person only. Every opening is audited with who.
    func verifyStaff(
        code: EmployeeCode, pin: String, as role: StaffRole, action: String? = nil
    ) async -> Result<Employee, CheckInMessageFailure> {
        guard let employee = try? await store.employee(code), employee.active, role.allowed.contains(employee.role) else {
            let what = role == .supervisor ? Bilingual(es: "supervisor",
                                                       en: "supervisor").text(language) : Bilingual(es: "técnico", en: "technician").text(language)
            return .failure(CheckInMessageFailure(CheckInMessage(
                text: Bilingual(es: "\(code) no es \(what)", en: "\(code) is not a \(what)").text(language), tone: .failure)))
        }
        if case .failure(let failure) = await checkIn.verifyPIN(code: code, pin: pin) { return .failure(failure) }
        _ = try? await store.appendAudit(actor: code, action: action ?? (role == .supervisor ? "open supervisor" : "open diagnostics"), detail: "")
        return .success(employee)
    }

    /// The day view of `date` (supervisor).
    func daySummary(for date: LocalDate) async throws -> DaySummary {
        try await store.daySummary(for: date)
    }

    /// Writes `date`'s attendance as CSV under `var/exports` beside the database (supervisor F5).
    /// - Returns: the file written.
    func exportDay(_ date: LocalDate, by supervisor: EmployeeCode) async throws -> String {
        let folder = URL(fileURLWithPath: configuration.database.path).deletingLastPathComponent().appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("asistencia-\(date).csv").path
        try await store.exportCSV(from: date, to: date, toFile: path, by: supervisor)
        return path
    }

    /// Adds a correction (a new record with a reason; the original punch stays).
    func correct(employee: EmployeeCode, action: Correction.Action, reason: String, by supervisor: EmployeeCode) async throws {
        _ = try await store.addCorrection(employee: employee, action: action, reason: reason, supervisor: supervisor)
    }

    /// Open alarms of one kind, oldest first.
    func openAlarms(of kind: AlarmKind) async throws -> [Alarm] {
        try await store.openAlarms().filter { $0.kind == kind }
    }
}
