public import Attendance
import BlockingWork
import Foundation
public import Vocabulary

// MARK: - Technician: checks, the log, and the device actions answered by the technician service

extension KioskRuntime {
    /// The technician's checks on the running kiosk (with or without a database).
    public func diagnostics() async -> DiagnosticReport {
        await Diagnostics(configuration: configuration, configurationSource: configurationSource,
                          store: services?.store, camera: devices.source, sync: await syncState()).run()
    }

    /// Acknowledges every open alarm (technician), audited with who.
    /// - Returns: how many were acknowledged.
    public func acknowledgeAlarms(by technician: EmployeeCode) async throws -> Int {
        guard let service = services?.technician else { throw door.databaseUnavailable() }
        return try await service.acknowledgeAlarms(by: technician)
    }

    /// The technician's "reopen the camera" (``TechnicianService/reopenCamera(by:)``).
    /// - Returns: what happened, in words.
    public func reopenCamera(by technician: EmployeeCode) async -> Bilingual {
        guard let service = services?.technician else { return Self.noDatabase }
        return await service.reopenCamera(by: technician)
    }

    /// The technician's "reload the models" (``TechnicianService/reloadModels(by:)``).
    /// - Returns: what happened, in words.
    public func reloadModels(by technician: EmployeeCode) async -> Bilingual {
        guard let service = services?.technician else { return Self.noDatabase }
        return await service.reloadModels(by: technician)
    }

    /// The technician's recognition test on the live frame: the best and runner-up candidates.
    public func testRecognition() async -> [Bilingual] {
        guard let service = services?.technician else { return [Self.noDatabase] }
        return await service.testRecognition()
    }

    private static let noDatabase = Bilingual(es: "base de datos no disponible", en: "database not available")

    /// The last `lines` lines of the log file, read on a dedicated thread (the file may be large).
    public func logTail(lines: Int = 20) async -> [String] {
        let path = configuration.kiosk.logFile
        let unavailable = Bilingual(es: "(log vacío o no disponible: \(path))",
                                    en: "(log empty or unavailable: \(path))").text(language)
        return await DedicatedThread.run(name: "log-tail") {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [unavailable] }
            return Array(text.split(separator: "\n").suffix(lines).map(String.init))
        }
    }
}
