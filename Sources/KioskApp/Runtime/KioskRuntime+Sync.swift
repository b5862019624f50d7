public import Attendance
public import KioskSync
public import Vocabulary

// MARK: - Sync: the start-up phase and the technician's calls, answered by the sync service

extension KioskRuntime {
    /// Start-up phase 7: starts the sync client in the background (``SyncService/start()``); degraded
    /// without a database.
    public func startSync() async -> PhaseOutcome {
        if configuration.server.url.trimmingCharacters(in: .whitespaces).isEmpty { return SyncService.standalone }
        guard let sync = services?.sync else {
            return .degraded(Bilingual(es: "sin base de datos: no hay nada que sincronizar", en: "no database: nothing to sync"),
                             fix: Bilingual(es: "vea la fase Base de datos", en: "see the Database phase"))
        }
        return await sync.start()
    }

    /// The sync client's current state, nil when the kiosk runs standalone or sync could not start.
    public func syncState() async -> SyncState? {
        await services?.sync.syncState()
    }

    /// Runs one sync round now (the technician's "sync now").
    public func syncNow() async -> Result<Bilingual, ScreenFailure> {
        guard let sync = services?.sync else { return .failure(SyncService.notRunningFailure(door)) }
        return await sync.syncNow()
    }

    /// The sync section of the technician screen.
    public func syncDetail() async -> [Bilingual] {
        guard let sync = services?.sync else { return SyncService.serverLines(configuration) + [SyncService.notRunning] }
        return await sync.syncDetail()
    }

    /// Registers the kiosk from the technician screen (``SyncService/register(serverURL:code:by:)``).
    public func register(serverURL: String, code: String, by technician: EmployeeCode) async -> Result<Bilingual, ScreenFailure> {
        guard let sync = services?.sync else {
            return .failure(ScreenFailure(Bilingual(es: "sin base de datos: vea la fase Base de datos", en: "no database: see the Database phase")))
        }
        return await sync.register(serverURL: serverURL, code: code, by: technician)
    }
}
