import Attendance
import Camera
import Foundation
import KioskStore
public import KioskSync

// MARK: - Sync

extension KioskRuntime {
    /// The software version heartbeats report to the server.
    static let softwareVersion = "asistencia-kiosk 1.0"

    /// Start-up phase 7: starts the sync client in the background (it never blocks the door).
    ///
    /// - Returns: ok "standalone" for an empty `[server] url`; degraded when the `[server]` settings are
    ///   refused (plain http to another machine, no token file, a token file group or others can read) or
    ///   there is no database, with the fix; ok
    ///   once the client runs (its progress shows in the header and in ``syncState()``).
    public func startSync() async -> PhaseOutcome {
        let server = configuration.server
        if server.url.trimmingCharacters(in: .whitespaces).isEmpty { return Self.standalone }
        guard let store = parts.withLock({ $0.store }) else {
            return .degraded(Bilingual(es: "sin base de datos: no hay nada que sincronizar", en: "no database: nothing to sync"),
                             fix: Bilingual(es: "vea la fase Base de datos", en: "see the Database phase"))
        }
        let settings: SyncSettings
        do {
            guard let checked = try SyncSettings.make(url: server.url, tokenFile: server.tokenFile,
                                                      syncIntervalSeconds: server.syncIntervalSeconds,
                                                      softwareVersion: Self.softwareVersion)
            else { return Self.standalone }
            settings = checked
        } catch let error as SyncError {
            return .degraded(Bilingual(es: error.message(in: .es), en: error.message(in: .en)),
                             fix: Bilingual(es: "haga lo que dice la línea de arriba (o corrija [server] en kiosk.conf); mientras tanto los fichajes quedan en cola local",
                                            en: "do what the line above says (or fix [server] in kiosk.conf); meanwhile punches stay queued locally"))
        } catch {
            return .degraded(Bilingual(es: "configuración del servidor no válida: \(error)", en: "invalid server settings: \(error)"),
                             fix: Bilingual(es: "corrija [server] en kiosk.conf", en: "fix [server] in kiosk.conf"))
        }
        let client = SyncClient(
            settings: settings, store: store,
            refreshGallery: { [weak self] in try await self?.rosterChanged() },
            camera: { [weak self] in Self.cameraWord(self?.parts.withLock { $0.source }?.status) })
        let link = SyncLink(client: client)
        parts.withLock { $0.sync = link }
        link.keep(Task.detached {
            await client.run { [weak self] result, state in self?.logSyncRound(result, state: state, trigger: "schedule") }
        })
        link.keep(Task.detached { [weak self] in
            for await state in await client.stateUpdates() {
                link.update(state)
                await self?.refreshQueuedCount()
                self?.changed()
            }
        })
        let host = settings.baseURL.host ?? server.url
        return .ok(Bilingual(es: "sincronizando con \(host) cada \(server.syncIntervalSeconds) s, en segundo plano",
                             en: "syncing with \(host) every \(server.syncIntervalSeconds) s, in the background"))
    }

    /// The sync client's current state, nil when the kiosk runs standalone or sync could not start (for the
    /// diagnostics screen).
    public func syncState() async -> SyncState? {
        guard let link = parts.withLock({ $0.sync }) else { return nil }
        return await link.client.state()
    }

    /// The header's sync line: standalone, not started, connecting, synced at HH:MM, or offline, each with the
    /// queue depth.
    func syncLine(queued: Int, link: SyncLink?) -> Bilingual {
        if configuration.server.url.trimmingCharacters(in: .whitespaces).isEmpty {
            return Bilingual(es: "sin servidor — \(queued) en local", en: "standalone — \(queued) kept locally")
        }
        guard let link else {
            return Bilingual(es: "sincronización parada — \(queued) por enviar", en: "sync stopped — \(queued) queued")
        }
        let state = link.state
        if state.lastError != nil {
            return Bilingual(es: "sin conexión — \(queued) por enviar", en: "offline — \(queued) queued")
        }
        guard let success = state.lastSuccess else {
            return Bilingual(es: "conectando — \(queued) por enviar", en: "connecting — \(queued) queued")
        }
        let clock = clockText(success)
        return Bilingual(es: "sincronizado \(clock) — \(queued) por enviar", en: "synced \(clock) — \(queued) queued")
    }

    /// Stops the sync client's tasks (on quit).
    func stopSync() {
        parts.withLock { $0.sync }?.stop()
    }

    private static var standalone: PhaseOutcome {
        .ok(Bilingual(es: "sin servidor: los fichajes se guardan en este equipo", en: "standalone: punches are kept on this box"))
    }

    /// `HH:MM` in the kiosk's time zone.
    private func clockText(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = calendar.dateComponents([.hour, .minute], from: date)
        return LocalTime(hour: components.hour ?? 0, minute: components.minute ?? 0).description
    }

    /// The camera's state in a word, for heartbeats.
    private static func cameraWord(_ status: CaptureStatus?) -> String {
        switch status {
        case nil: "none"
        case .starting?: "starting"
        case .streaming?: "streaming"
        case .reconnecting?: "reconnecting"
        case .ended?: "ended"
        case .stopped?: "stopped"
        case .failed?: "failed"
        }
    }
}
