import Foundation
import Vocabulary

extension Diagnostics {
    /// Below this much free space the database check warns; below `diskFailBytes` punches may soon fail.
    static let diskWarnBytes: Int64 = 500 * 1024 * 1024
    static let diskFailBytes: Int64 = 50 * 1024 * 1024

    /// Free space where the database lives.
    func diskCheck() -> DiagnosticCheck {
        let title = Bilingual(es: "Disco", en: "Disk")
        var folder = URL(fileURLWithPath: configuration.database.path).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        var stats = statvfs()
        guard statvfs(folder.path, &stats) == 0 else {
            let reason = String(cString: strerror(errno))
            return DiagnosticCheck(id: "disk", title: title, verdict: .failed,
                                   detail: Bilingual(es: "no se puede consultar \(folder.path): \(reason)",
                                                     en: "cannot query \(folder.path): \(reason)"),
                                   fix: Bilingual(es: "compruebe que el disco está montado", en: "check that the disk is mounted"))
        }
        let free = Int64(stats.f_bavail) * Int64(stats.f_frsize)
        let total = Int64(stats.f_blocks) * Int64(stats.f_frsize)
        let detail = Bilingual(
            es: "\(Self.megabytes(free)) libres de \(Self.megabytes(total)) en \(folder.path)",
            en: "\(Self.megabytes(free)) free of \(Self.megabytes(total)) at \(folder.path)")
        if free < Self.diskFailBytes {
            return DiagnosticCheck(id: "disk", title: title, verdict: .failed, detail: detail,
                                   fix: Bilingual(es: "libere espacio: los fichajes se rechazarán con el disco lleno",
                                                  en: "free some space: punches will be refused when the disk is full"))
        }
        if free < Self.diskWarnBytes {
            return DiagnosticCheck(id: "disk", title: title, verdict: .warning, detail: detail,
                                   fix: Bilingual(es: "libere espacio pronto (rote los logs)", en: "free some space soon (rotate the logs)"))
        }
        return DiagnosticCheck(id: "disk", title: title, verdict: .ok, detail: detail)
    }

    static func megabytes(_ bytes: Int64) -> String {
        bytes >= 10 * 1024 * 1024 * 1024
            ? "\(bytes / (1024 * 1024 * 1024)) GiB"
            : "\(bytes / (1024 * 1024)) MiB"
    }
}
