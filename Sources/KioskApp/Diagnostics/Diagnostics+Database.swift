import Attendance
import Foundation
import KioskStore
import Vocabulary

extension Diagnostics {
    /// The database: integrity at open, size, WAL, counts, queued punches and open alarms.
    func databaseCheck() async -> DiagnosticCheck {
        let title = Bilingual(es: "Base de datos", en: "Database")
        guard let store else {
            if !FileManager.default.fileExists(atPath: configuration.database.path) {
                return DiagnosticCheck(id: "database", title: title, verdict: .warning,
                                       detail: Bilingual(es: "\(configuration.database.path) aún no existe", en: "\(configuration.database.path) does not exist yet"),
                                       fix: Bilingual(es: "`kiosk run` la crea al arrancar", en: "`kiosk run` creates it at start-up"))
            }
            return DiagnosticCheck(id: "database", title: title, verdict: .failed,
                                   detail: Bilingual(es: "no abierta: \(configuration.database.path)", en: "not open: \(configuration.database.path)"),
                                   fix: Bilingual(es: "compruebe la ruta [database] path y sus permisos",
                                                  en: "check [database] path and its permissions"))
        }
        do {
            let employees = try await store.employees().count
            let counts = try await store.outboxCounts()
            let alarms = try await store.openAlarms()
            let size = Self.fileSize(store.path), wal = Self.fileSize(store.path + "-wal")
            let report = store.openReport
            let es = "\(report.check) ok, \(size / 1024) KiB (+WAL \(wal / 1024) KiB), \(employees) empleados, \(counts.pendingPunches) fichajes en cola"
            let en = "\(report.check) ok, \(size / 1024) KiB (+WAL \(wal / 1024) KiB), \(employees) employees, \(counts.pendingPunches) punches queued"
            if !alarms.isEmpty {
                let list = alarms.map { "\($0.kind.title(in: .en)): \($0.detail)" }.joined(separator: "; ")
                let listES = alarms.map { "\($0.kind.title(in: .es)): \($0.detail)" }.joined(separator: "; ")
                return DiagnosticCheck(id: "database", title: title, verdict: .failed,
                                       detail: Bilingual(es: "\(es); ALARMA: \(listES)", en: "\(en); ALARM: \(list)"),
                                       fix: Bilingual(es: "revise el archivo apartado y reconozca la alarma en la pantalla de técnico (F3)",
                                                      en: "review the file moved aside and acknowledge the alarm on the technician screen (F3)"))
            }
            return DiagnosticCheck(id: "database", title: title, verdict: .ok, detail: Bilingual(es: es, en: en))
        } catch {
            return DiagnosticCheck(id: "database", title: title, verdict: .failed,
                                   detail: ScreenFailure(error).bilingualSentence,
                                   fix: Bilingual(es: "vea el log (var/log/kiosk.log)", en: "see the log (var/log/kiosk.log)"))
        }
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
