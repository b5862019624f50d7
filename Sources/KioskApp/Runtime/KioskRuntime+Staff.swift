public import Attendance
import BlockingWork
public import Foundation
public import KioskStore

extension KioskRuntime {
    /// Opens a staff screen (or closes a real door, `action` "quit kiosk"): the person's own PIN (never a
    /// shared one) and the right role. Wrong tries lock that person only. Every opening is audited with who.
    public func verifyStaff(
        code: EmployeeCode, pin: String, as role: StaffRole, action: String? = nil
    ) async -> Result<Employee, CheckInMessageFailure> {
        guard let store = parts.withLock({ $0.store }) else {
            return .failure(CheckInMessageFailure(CheckInMessage(text: text("Base de datos no disponible", "Database not available"), tone: .failure)))
        }
        guard let employee = try? await store.employee(code), employee.active, role.allowed.contains(employee.role) else {
            let what = role == .supervisor ? text("supervisor", "supervisor") : text("técnico", "technician")
            return .failure(CheckInMessageFailure(CheckInMessage(
                text: text("\(code) no es \(what)", "\(code) is not a \(what)"), tone: .failure)))
        }
        if case .failure(let failure) = await verifyPIN(code: code, pin: pin) { return .failure(failure) }
        _ = try? await store.appendAudit(actor: code, action: action ?? (role == .supervisor ? "open supervisor" : "open diagnostics"), detail: "")
        return .success(employee)
    }

    /// The day view of `date` (supervisor).
    public func daySummary(for date: LocalDate) async throws -> DaySummary {
        try await requireStore().daySummary(for: date)
    }

    /// Today's date in the kiosk's zone.
    public func today(now: Date = Date()) -> LocalDate {
        PunchRules(timeZone: timeZone).localDate(of: now)
    }

    /// Writes `date`'s attendance as CSV under `var/exports` beside the database (supervisor F5).
    /// - Returns: the file written.
    public func exportDay(_ date: LocalDate, by supervisor: EmployeeCode) async throws -> String {
        let folder = URL(fileURLWithPath: configuration.database.path).deletingLastPathComponent().appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("asistencia-\(date).csv").path
        try await requireStore().exportCSV(from: date, to: date, toFile: path, by: supervisor)
        return path
    }

    /// Adds a correction (a new record with a reason; the original punch stays).
    public func correct(employee: EmployeeCode, action: Correction.Action, reason: String, by supervisor: EmployeeCode) async throws {
        _ = try await requireStore().addCorrection(employee: employee, action: action, reason: reason, supervisor: supervisor)
    }

    /// The technician's checks on the running kiosk.
    public func diagnostics() async -> DiagnosticReport {
        let (store, camera) = parts.withLock { ($0.store, $0.source) }
        return await Diagnostics(configuration: configuration, configurationSource: configurationSource,
                                 store: store, camera: camera, sync: await syncState()).run()
    }

    /// Acknowledges every open alarm (technician), audited with who.
    /// - Returns: how many were acknowledged.
    public func acknowledgeAlarms(by technician: EmployeeCode) async throws -> Int {
        let store = try requireStore()
        var count = 0
        for alarm in try await store.openAlarms() where try await store.acknowledgeAlarm(id: alarm.id, by: technician) {
            count += 1
        }
        return count
    }

    /// Open alarms of one kind, oldest first.
    public func openAlarms(of kind: AlarmKind) async throws -> [Alarm] {
        try await requireStore().openAlarms().filter { $0.kind == kind }
    }

    /// The last `lines` lines of the log file, read on a dedicated thread (the file may be large).
    public func logTail(lines: Int = 20) async -> [String] {
        let path = configuration.kiosk.logFile
        let unavailable = text("(log vacío o no disponible: \(path))", "(log empty or unavailable: \(path))")
        return await DedicatedThread.run(name: "log-tail") {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [unavailable] }
            return Array(text.split(separator: "\n").suffix(lines).map(String.init))
        }
    }

    func requireStore() throws -> KioskStore {
        guard let store = parts.withLock({ $0.store }) else {
            throw CheckInMessageFailure(CheckInMessage(text: text("Base de datos no disponible", "Database not available"), tone: .failure))
        }
        return store
    }
}
