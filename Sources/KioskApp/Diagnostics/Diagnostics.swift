import BlockingWork
public import Camera
public import KioskConfig
public import KioskStore
public import KioskSync

/// Runs the kiosk's checks: each names what it saw, its verdict, and the fix for a failure.
///
/// Used by `kiosk diagnose` (which opens the database itself) and by the technician screen (which passes
/// the running kiosk's store and camera).
public struct Diagnostics: Sendable {
    public let configuration: KioskConfiguration
    /// Where the configuration came from, for the configuration check's detail.
    public let configurationSource: String
    /// The open database, when there is one.
    public let store: KioskStore?
    /// The running camera, when the kiosk has one open.
    public let camera: (any FrameSource)?
    /// The sync client's state, when the kiosk runs one.
    public let sync: SyncState?

    public init(configuration: KioskConfiguration, configurationSource: String, store: KioskStore? = nil,
                camera: (any FrameSource)? = nil, sync: SyncState? = nil) {
        self.configuration = configuration
        self.configurationSource = configurationSource
        self.store = store
        self.camera = camera
        self.sync = sync
    }

    /// Every check, in the order of the start-up phases. The checks that block (hashing the model files,
    /// opening every `/dev/video*`, reading the disk and the clock) run on a dedicated thread.
    public func run() async -> DiagnosticReport {
        let database = await databaseCheck()
        let local = await DedicatedThread.run(name: "diagnostics") { [self] in
            (configurationCheck(), [modelsCheck(), memoryCheck(), cameraCheck(), diskCheck(), clockCheck(), serverCheck()])
        }
        return DiagnosticReport(checks: [local.0, database] + local.1)
    }
}
