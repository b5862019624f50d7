public import Attendance
import BlockingWork
public import FaceEngine
public import Foundation
public import KioskConfig
public import Logging
import Synchronization

/// The running kiosk: brings the components up in the start-up order, runs recognition, records punches
/// and answers the screens' requests. The screens read it only through `snapshot()` and call its actions.
public final class KioskRuntime: Sendable {
    public let configuration: KioskConfiguration
    /// Where the configuration came from, for diagnostics.
    public let configurationSource: String
    public let language: Language
    public let timeZone: TimeZone
    public let progress = StartupProgress()
    /// The gallery recognition matches against; replaced whole when templates change.
    public let gallery = GalleryStore()
    let logger: Logger
    /// The time now: `Date()` at the door, a controlled clock in tests (questions and offers expire by it).
    let clock: @Sendable () -> Date
    let parts = Mutex(KioskParts())
    /// The model loader and the camera (scripted in tests).
    let seams: KioskSeams
    let state: Mutex<KioskState>
    /// The status file's writer, once started.
    let statusWriter = Mutex<StatusFileWriter?>(nil)
    private let changeHandler = Mutex<(@Sendable () -> Void)?>(nil)

    /// - Parameters:
    ///   - clock: the time now; questions on screen and staff offers expire by it.
    ///   - seams: where the models and the camera come from (dlib's and V4L2's at the door).
    public init(
        configuration: KioskConfiguration, configurationSource: String, logger: Logger,
        clock: @escaping @Sendable () -> Date = { Date() }, seams: KioskSeams = KioskSeams()
    ) {
        self.configuration = configuration
        self.seams = seams
        self.clock = clock
        self.configurationSource = configurationSource
        self.language = configuration.kiosk.displayLanguage
        self.timeZone = TimeZone(identifier: configuration.kiosk.timeZone) ?? .current
        self.logger = logger
        self.state = Mutex(KioskState(confirmation: ConfirmationWindow(
            required: configuration.recognition.confirmFrames, window: configuration.recognition.confirmWindow),
            liveness: LivenessGate(settings: configuration.liveness.settings)))
    }

    /// Sets what to call (from any thread) when something on screen changed — the UI posts itself a redraw.
    public func onChange(_ handler: @escaping @Sendable () -> Void) {
        changeHandler.withLock { $0 = handler }
    }

    func changed() {
        changeHandler.withLock { $0 }?()
    }

    /// The text in the kiosk's language.
    func text(_ es: String, _ en: String) -> String { language == .es ? es : en }

    /// A copy of everything the screens draw.
    public func snapshot(now: Date? = nil) -> KioskSnapshot {
        let now = now ?? clock()
        let parts = parts.withLock { $0 }
        let state = state.withLock { $0 }
        let source = parts.source
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
            syncLine: syncLine(queued: state.queuedPunches, link: parts.sync),
            recognitionAvailable: parts.recognition != nil,
            isDemo: configuration.kiosk.demo,
            checkInMethods: configuration.checkin.allowedMethods
        )
    }

    /// Stops recognition and the camera (on quit). Joining the recognition and capture threads blocks, so
    /// it happens on a dedicated thread.
    public func shutdown() async {
        let parts = parts.withLock { $0 }
        let writer = statusWriter.withLock { $0 }
        parts.sync?.stop()
        await DedicatedThread.run(name: "shutdown") {
            writer?.stop()
            parts.recognition?.stop()
            parts.source?.stop()
        }
    }
}
