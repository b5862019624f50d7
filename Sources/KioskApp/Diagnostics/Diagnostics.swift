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

    /// Every check, in the order of the start-up phases.
    public func run() async -> DiagnosticReport {
        DiagnosticReport(checks: [
            configurationCheck(),
            await databaseCheck(),
            modelsCheck(),
            memoryCheck(),
            cameraCheck(),
            diskCheck(),
            clockCheck(),
            serverCheck(),
        ])
    }
}
