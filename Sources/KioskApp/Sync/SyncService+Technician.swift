public import Attendance
import Foundation
import KioskConfig
import KioskStore
import KioskSync
import Logging
public import Vocabulary

// MARK: - Sync detail, sync now, registration (the technician screen) and the sync rounds' log lines

extension SyncService {
    /// Writes one log line for a sync round: what was pushed, the roster version pulled, or the error.
    func logSyncRound(_ result: Result<SyncClient.Report, SyncError>, state: SyncState, trigger: String) {
        switch result {
        case .success(let report):
            logger.info("sync round", metadata: [
                "trigger": "\(trigger)", "pushed": "\(report.delivered)", "rejected": "\(report.rejected)",
                "enrolmentsPushed": "\(report.enrolmentsDelivered)", "enrolmentsRejected": "\(report.enrolmentsRejected)",
                "rosterVersion": "\(state.rosterVersion)", "rosterChanged": "\(report.rosterApplied)", "queued": "\(state.queued)",
            ])
        case .failure(let error):
            let status = error.status.map { "\($0)" } ?? "-"
            logger.warning("sync round failed", metadata: [
                "trigger": "\(trigger)", "kind": "\(error.code)", "status": "\(status)",
                "failuresInARow": "\(state.consecutiveFailures)", "error": "\(error.message(in: .en))",
            ])
        }
    }

    /// Runs one sync round now (the technician's "sync now"), logs it, and says what it did.
    ///
    /// - Returns: what the round did, or why nothing ran (standalone, not registered) or why it failed.
    func syncNow() async -> Result<Bilingual, ScreenFailure> {
        guard let link else { return .failure(Self.notRunningFailure(door)) }
        do {
            let report = try await link.client.syncOnce()
            let state = await link.client.state()
            logSyncRound(.success(report), state: state, trigger: "technician")
            return .success(Bilingual(
                es: "✓ sincronizado: \(report.delivered) fichajes enviados, \(report.rejected) rechazados, plantilla versión \(state.rosterVersion)",
                en: "✓ synced: \(report.delivered) punches sent, \(report.rejected) rejected, roster version \(state.rosterVersion)"))
        } catch let error as SyncError {
            logSyncRound(.failure(error), state: await link.client.state(), trigger: "technician")
            return .failure(ScreenFailure(error))
        } catch {
            return .failure(ScreenFailure(error))
        }
    }

    /// The sync section of the technician screen: server, kiosk id and site, last success, roster version,
    /// the queue by kind, the last error, the clock skew and the next attempt.
    func syncDetail() async -> [Bilingual] {
        var lines = Self.serverLines(configuration)
        let id = (try? await store.kioskID()) ?? "?"
        let site = (try? await store.registeredSite()) ?? nil
        lines.append(Bilingual(es: "Quiosco: \(id), sede \(site ?? "sin registrar")",
                               en: "Kiosk: \(id), site \(site ?? "not registered")"))
        if let counts = try? await store.outboxCounts() {
            let others = counts.pending - counts.pendingPunches
            lines.append(Bilingual(
                es: "Cola: \(counts.pendingPunches) fichajes y \(others) otros (altas de caras…) por enviar, \(counts.sent) enviados sin respuesta, \(counts.acknowledged) confirmados",
                en: "Queue: \(counts.pendingPunches) punches and \(others) others (enrolments…) to send, \(counts.sent) sent awaiting an answer, \(counts.acknowledged) acknowledged"))
        }
        guard let link else { return lines + [Self.notRunning] }
        let state = await link.client.state()
        lines.append(Bilingual(es: "Último éxito: \(stamp(state.lastSuccess, .es))",
                               en: "Last success: \(stamp(state.lastSuccess, .en))"))
        lines.append(Bilingual(es: "Plantilla aplicada: versión \(state.rosterVersion)",
                               en: "Roster applied: version \(state.rosterVersion)"))
        if let skew = state.clockSkewSeconds {
            let rounded = (skew * 10).rounded() / 10
            lines.append(Bilingual(es: "Desfase de reloj con el servidor: \(rounded) s",
                                   en: "Clock skew against the server: \(rounded) s"))
        }
        if state.lastError != nil {
            lines.append(Bilingual(es: "Último error (\(state.consecutiveFailures) seguidos): \(state.lastErrorSpanish ?? state.lastError ?? "")",
                                   en: "Last error (\(state.consecutiveFailures) in a row): \(state.lastError ?? "")"))
        } else {
            lines.append(Bilingual(es: "Último error: ninguno", en: "Last error: none"))
        }
        if let next = state.nextAttempt {
            lines.append(Bilingual(es: "Próximo intento: \(stamp(next, .es))", en: "Next attempt: \(stamp(next, .en))"))
        }
        return lines
    }

    /// Registers the kiosk from the technician screen (the same registration as `kiosk register`), then
    /// starts syncing when `[server] url` names that server and sync was not running.
    ///
    /// - Parameters:
    ///   - serverURL: the server typed on the screen (empty: `[server] url`).
    ///   - code: the one-time code.
    ///   - technician: who registers (audited).
    func register(serverURL: String, code: String, by technician: EmployeeCode) async -> Result<Bilingual, ScreenFailure> {
        let configured = configuration.server.url.trimmingCharacters(in: .whitespaces)
        let typed = serverURL.trimmingCharacters(in: .whitespaces)
        let url = typed.isEmpty ? configured : typed
        let outcome: KioskRegistration.Outcome
        do {
            outcome = try await KioskRegistration.register(serverURL: url, code: code, name: configuration.kiosk.name,
                                                           tokenFile: configuration.server.tokenFile, store: store, by: technician)
        } catch let error as SyncError {
            logger.warning("kiosk registration failed", metadata: ["server": "\(url)", "error": "\(error.message(in: .en))"])
            return .failure(ScreenFailure(error))
        } catch {
            return .failure(ScreenFailure(error))
        }
        logger.info("kiosk registered", metadata: ["kioskID": "\(outcome.kioskID)", "site": "\(outcome.site)", "server": "\(url)"])
        var summary = Bilingual(es: outcome.summary(in: .es), en: outcome.summary(in: .en))
        if configured != url {
            summary = Bilingual(es: summary.es + " Ponga [server] url = \"\(url)\" en kiosk.conf y reinicie para sincronizar.",
                                en: summary.en + " Set [server] url = \"\(url)\" in kiosk.conf and restart to sync.")
        } else if link == nil {
            let started = await start()
            summary = Bilingual(es: summary.es + " " + started.detail.es, en: summary.en + " " + started.detail.en)
        }
        return .success(summary)
    }

    /// The sync section's first lines: the server and the token file.
    static func serverLines(_ configuration: KioskConfiguration) -> [Bilingual] {
        let server = configuration.server
        let url = server.url.trimmingCharacters(in: .whitespaces)
        let tokenPresent = FileManager.default.fileExists(atPath: server.tokenFile)
        return [
            url.isEmpty
                ? Bilingual(es: "Servidor: ninguno ([server] url vacía): el quiosco funciona solo",
                            en: "Server: none ([server] url is empty): the kiosk runs standalone")
                : Bilingual(es: "Servidor: \(url)", en: "Server: \(url)"),
            Bilingual(es: "Token: \(server.tokenFile) (\(tokenPresent ? "presente" : "ausente: registre el quiosco con g"))",
                      en: "Token: \(server.tokenFile) (\(tokenPresent ? "present" : "missing: register the kiosk with g"))"),
        ]
    }

    /// "Sync now" when no client runs.
    static func notRunningFailure(_ door: DoorContext) -> ScreenFailure {
        ScreenFailure(Bilingual(
            es: "la sincronización no está en marcha (sin servidor o sin registrar): vea la comprobación del servidor",
            en: "sync is not running (no server or not registered): see the server check"))
    }

    /// The sync section's line when no client runs.
    static let notRunning = Bilingual(es: "Sincronización: parada (vea la fase Servidor del arranque)",
                                      en: "Sync: not running (see the Server start-up phase)")

    /// `YYYY-MM-DD HH:MM:SS` in the kiosk's time zone, or "never".
    private func stamp(_ date: Date?, _ language: Language) -> String {
        guard let date else { return Bilingual(es: "nunca", en: "never").text(language) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute)):\(two(c.second))"
    }
}
