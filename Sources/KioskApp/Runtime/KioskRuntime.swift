public import Attendance
import BlockingWork
public import FaceEngine
public import Foundation
public import KioskConfig
import KioskStore
public import Logging
import Synchronization
public import Vocabulary

/// The running kiosk: brings the components up in the start-up order (``start()``), runs recognition, and
/// answers the screens through the use-case services the start-up builds once the database is open —
/// check-in (``CheckInService``), staff (``StaffService``), enrolment (``EnrolmentService``) and sync
/// (``SyncService``). The screens read it only through `snapshot()` and call its operations; the
/// technician's, which drive the camera and the models and work without a database, are its own.
public final class KioskRuntime: DoorService, Sendable {
    /// What the runtime and its services share: configuration, clock, log, gallery, screen state.
    let door: DoorContext
    public let progress = StartupProgress()
    /// The camera, the face engine and recognition, which come and go (no camera, models reloaded).
    let devices: DoorDevices
    /// The use-case services, built once when the database opened; nil when it did not.
    private let builtServices = Mutex<KioskServices?>(nil)
    /// The flags a face punch gets from how the person was identified.
    let remarks: PunchRemarks
    /// The status file's writer, once started.
    let statusWriter = Mutex<StatusFileWriter?>(nil)
    /// The memory cleanups of a running door (after its first minute, then every ten minutes); cancelled on quit.
    let runningCleanup = Mutex<Task<Void, Never>?>(nil)

    /// - Parameters:
    ///   - clock: the time now; questions on screen and staff offers expire by it.
    ///   - seams: where the models and the camera come from (dlib's and V4L2's at the door).
    public init(
        configuration: KioskConfiguration, configurationSource: String, logger: Logger,
        clock: @escaping @Sendable () -> Date = { Date() }, seams: KioskSeams = KioskSeams()
    ) {
        door = DoorContext(configuration: configuration, configurationSource: configurationSource, logger: logger, clock: clock)
        devices = DoorDevices(door: door, seams: seams)
        remarks = PunchRemarks(configuration: configuration)
        devices.onResult { [weak self] result in self?.handle(result) }
    }

    public var configuration: KioskConfiguration { door.configuration }
    /// Where the configuration came from, for diagnostics.
    public var configurationSource: String { door.configurationSource }
    public var language: Language { door.language }
    public var timeZone: TimeZone { door.timeZone }
    /// The gallery recognition matches against; replaced whole when templates change.
    public var gallery: GalleryStore { door.gallery }

    /// The services, nil while the database is not open (before start-up's database phase, or it failed).
    var services: KioskServices? { builtServices.withLock { $0 } }

    /// Builds the services over the open database (start-up's database phase; tests with a store of their own).
    func attach(_ store: KioskStore) {
        let services = KioskServices(door: door, store: store, devices: devices, progress: progress,
                                     rosterChanged: { [weak self] in try await self?.rosterChanged() })
        builtServices.withLock { $0 = services }
    }

    /// Sets what to call (from any thread) when something on screen changed — the UI posts itself a redraw.
    public func onChange(_ handler: @escaping @Sendable () -> Void) {
        door.onChange(handler)
    }

    /// A copy of everything the screens draw.
    public func snapshot(now: Date? = nil) -> KioskSnapshot {
        let now = now ?? clock()
        let parts = devices.parts.withLock { $0 }
        let state = door.state.withLock { $0 }
        let source = parts.source
        let sync = services?.sync
        return KioskSnapshot(
            kioskName: configuration.kiosk.name,
            site: configuration.kiosk.site,
            language: language,
            timeZone: timeZone,
            now: now,
            startup: progress.snapshot(),
            notices: progress.noticesSnapshot(),
            startupFinished: state.startupFinished,
            frame: source?.latest(),
            faceBox: state.faceBox,
            lastVerdict: state.lastVerdict,
            cameraName: source?.name,
            cameraStatus: source?.status,
            cameraFPS: source?.statistics.measuredFPS ?? 0,
            message: state.message,
            recent: state.recent,
            shortStay: state.shortStay,
            staffOffer: state.staffOffer.flatMap { $0.isOpen(at: now) ? $0 : nil },
            weekOffer: state.weekOffer.flatMap { $0.isOpen(at: now) ? $0 : nil },
            queuedPunches: state.queuedPunches,
            syncLine: sync?.syncLine(queued: state.queuedPunches) ?? SyncService.line(configuration: configuration, queued: state.queuedPunches, link: nil, timeZone: timeZone),
            recognitionAvailable: parts.recognition != nil,
            isDemo: configuration.kiosk.demo,
            checkInMethods: configuration.checkin.allowedMethods
        )
    }

    /// Stops recognition and the camera (on quit). Joining the recognition and capture threads blocks, so
    /// it happens on a dedicated thread.
    public func shutdown() async {
        let writer = statusWriter.withLock { $0 }
        runningCleanup.withLock { $0 }?.cancel()
        services?.sync.stop()
        await DedicatedThread.run(name: "status-file-stop") { writer?.stop() }
        await devices.stop()
    }
}
