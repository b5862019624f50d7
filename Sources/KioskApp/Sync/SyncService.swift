import Attendance
import Camera
import Foundation
import KioskConfig
import KioskStore
public import KioskSync
import Synchronization
public import Vocabulary

/// The door's link to the server: the sync client started at start-up (or after a registration), its state
/// for the header and the technician, "sync now" and registration. Built once the database is open; the
/// client itself runs only with a server configured and a usable token.
final class SyncService: DoorService, Sendable {
    /// The software version heartbeats report to the server.
    static let softwareVersion = "asistencia-kiosk 1.0"

    let door: DoorContext
    let store: KioskStore
    private let cameraStatus: @Sendable () -> CaptureStatus?
    private let rosterChanged: @Sendable () async throws -> Void
    private let refreshQueuedCount: @Sendable () async -> Void
    /// The running client: none when standalone, not registered, or refused by the `[server]` checks.
    private let running = Mutex<SyncLink?>(nil)

    init(door: DoorContext, store: KioskStore, cameraStatus: @escaping @Sendable () -> CaptureStatus?,
         rosterChanged: @escaping @Sendable () async throws -> Void, refreshQueuedCount: @escaping @Sendable () async -> Void) {
        self.door = door
        self.store = store
        self.cameraStatus = cameraStatus
        self.rosterChanged = rosterChanged
        self.refreshQueuedCount = refreshQueuedCount
    }

    /// The running client, if any.
    var link: SyncLink? { running.withLock { $0 } }

    /// Whether the sync client runs.
    var isRunning: Bool { link != nil }
}

extension SyncService {
    /// Start-up phase 7: starts the sync client in the background (it never blocks the door).
    ///
    /// - Returns: ok "standalone" for an empty `[server] url`; degraded when the `[server]` settings are
    ///   refused (plain http to another machine, no token file, a token file group or others can read), with
    ///   the fix; ok once the client runs (its progress shows in the header and in ``syncState()``).
    func start() async -> PhaseOutcome {
        let server = configuration.server
        if server.url.trimmingCharacters(in: .whitespaces).isEmpty { return Self.standalone }
        let settings: SyncSettings
        do {
            guard let checked = try SyncSettings.make(url: server.url, tokenFile: server.tokenFile,
                                                      syncIntervalSeconds: server.syncIntervalSeconds,
                                                      softwareVersion: Self.softwareVersion)
            else { return Self.standalone }
            settings = checked
        } catch let error as SyncError {
            return .degraded(error.bilingualMessage,
                             fix: Bilingual(es: "haga lo que dice la línea de arriba (o corrija [server] en kiosk.conf); mientras tanto los fichajes quedan en cola local",
                                            en: "do what the line above says (or fix [server] in kiosk.conf); meanwhile punches stay queued locally"))
        } catch {
            return .degraded(Bilingual(es: "configuración del servidor no válida: \(ScreenFailure(error).message(in: .es))",
                                       en: "invalid server settings: \(ScreenFailure(error).message(in: .en))"),
                             fix: Bilingual(es: "corrija [server] en kiosk.conf", en: "fix [server] in kiosk.conf"))
        }
        let client = SyncClient(
            settings: settings, store: store,
            refreshGallery: { [rosterChanged] in try await rosterChanged() },
            camera: { [cameraStatus] in Self.cameraWord(cameraStatus()) })
        let link = SyncLink(client: client)
        running.withLock { $0 = link }
        link.keep(Task.detached {
            await client.run { [weak self] result, state in self?.logSyncRound(result, state: state, trigger: "schedule") }
        })
        link.keep(Task.detached { [weak self, refreshQueuedCount] in
            for await state in await client.stateUpdates() {
                link.update(state)
                await refreshQueuedCount()
                self?.changed()
            }
        })
        let host = settings.baseURL.host ?? server.url
        return .ok(Bilingual(es: "sincronizando con \(host) cada \(server.syncIntervalSeconds) s, en segundo plano",
                             en: "syncing with \(host) every \(server.syncIntervalSeconds) s, in the background"))
    }

    /// The sync client's current state, nil when the kiosk runs standalone or sync could not start (for the
    /// diagnostics screen).
    func syncState() async -> SyncState? {
        guard let link else { return nil }
        return await link.client.state()
    }

    /// The header's sync line with `queued` punches waiting.
    func syncLine(queued: Int) -> Bilingual {
        Self.line(configuration: configuration, queued: queued, link: link, timeZone: timeZone)
    }

    /// The header's sync line: standalone, not started, connecting, synced at HH:MM, or offline, each with the
    /// queue depth.
    static func line(configuration: KioskConfiguration, queued: Int, link: SyncLink?, timeZone: TimeZone) -> Bilingual {
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
        let clock = clockText(success, timeZone: timeZone)
        return Bilingual(es: "sincronizado \(clock) — \(queued) por enviar", en: "synced \(clock) — \(queued) queued")
    }

    /// Stops the sync client's tasks (on quit).
    func stop() {
        link?.stop()
    }

    static var standalone: PhaseOutcome {
        .ok(Bilingual(es: "sin servidor: los fichajes se guardan en este equipo", en: "standalone: punches are kept on this box"))
    }

    /// `HH:MM` in the kiosk's time zone.
    private static func clockText(_ date: Date, timeZone: TimeZone) -> String {
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
