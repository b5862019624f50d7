import Foundation
import KioskSync
import Vocabulary

extension Diagnostics {
    /// The central server: standalone, or the sync client's last success, last error, queue and clock skew.
    func serverCheck() -> DiagnosticCheck {
        let title = Bilingual(es: "Servidor", en: "Server")
        let url = configuration.server.url
        if url.isEmpty {
            return DiagnosticCheck(id: "server", title: title, verdict: .ok,
                                   detail: Bilingual(es: "sin servidor: fichajes guardados en este equipo", en: "standalone: punches kept on this box"))
        }
        guard let sync else {
            do {
                try TokenFile.checkPermissions(configuration.server.tokenFile)
            } catch {
                return DiagnosticCheck(id: "server", title: title, verdict: .failed,
                                       detail: error.bilingualMessage,
                                       fix: Bilingual(es: "chmod 600 \(configuration.server.tokenFile)", en: "chmod 600 \(configuration.server.tokenFile)"))
            }
            let tokenPresent = FileManager.default.fileExists(atPath: configuration.server.tokenFile)
            return DiagnosticCheck(id: "server", title: title, verdict: tokenPresent ? .ok : .failed,
                                   detail: Bilingual(es: "\(url), token \(tokenPresent ? "presente" : "ausente") (\(configuration.server.tokenFile))",
                                                     en: "\(url), token \(tokenPresent ? "present" : "missing") (\(configuration.server.tokenFile))"),
                                   fix: tokenPresent ? nil : Bilingual(es: "registre el quiosco con un código del administrador (kiosk register, o g en la pantalla técnica)",
                                                                       en: "register the kiosk with a code from the administrator (kiosk register, or g on the technician screen)"))
        }
        let last = sync.lastSuccess.map { ISO8601DateFormatter().string(from: $0) } ?? "—"
        let skew = sync.clockSkewSeconds.map { String(format: "%+.1f s", $0) } ?? "?"
        let es = "\(url): última sincronización \(last), \(sync.queued) en cola, desfase de reloj \(skew)"
        let en = "\(url): last sync \(last), \(sync.queued) queued, clock skew \(skew)"
        if let error = sync.lastError, sync.consecutiveFailures > 0 {
            return DiagnosticCheck(id: "server", title: title, verdict: .warning,
                                   detail: Bilingual(es: "\(es); error: \(sync.lastErrorSpanish ?? error)", en: "\(en); error: \(error)"),
                                   fix: Bilingual(es: "los fichajes siguen en cola local y se envían al volver la red",
                                                  en: "punches stay queued locally and go up when the network returns"))
        }
        if let skewSeconds = sync.clockSkewSeconds, abs(skewSeconds) > 60 {
            return DiagnosticCheck(id: "server", title: title, verdict: .warning, detail: Bilingual(es: es, en: en),
                                   fix: Bilingual(es: "el reloj difiere del servidor: active NTP", en: "the clock differs from the server's: enable NTP"))
        }
        return DiagnosticCheck(id: "server", title: title, verdict: .ok, detail: Bilingual(es: es, en: en))
    }
}
