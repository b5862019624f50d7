public import Attendance
import BlockingWork
import Foundation

// MARK: - Technician: checks, alarms and the log

extension KioskRuntime {
    /// The technician's checks on the running kiosk.
    public func diagnostics() async -> DiagnosticReport {
        let camera = parts.withLock { $0.source }
        return await Diagnostics(configuration: configuration, configurationSource: configurationSource,
                                 store: services?.store, camera: camera, sync: await syncState()).run()
    }

    /// Acknowledges every open alarm (technician), audited with who.
    /// - Returns: how many were acknowledged.
    public func acknowledgeAlarms(by technician: EmployeeCode) async throws -> Int {
        guard let store = services?.store else { throw door.databaseUnavailable() }
        var count = 0
        for alarm in try await store.openAlarms() where try await store.acknowledgeAlarm(id: alarm.id, by: technician) {
            count += 1
        }
        return count
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
}
