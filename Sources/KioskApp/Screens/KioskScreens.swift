public import Foundation
import Logging
public import TerminalUI

/// The kiosk's terminal application: the start-up panel, then the check-in screen, and the supervisor and
/// technician screens behind their PINs. Runs on `TerminalSession`'s UI thread.
///
/// It draws from `KioskRuntime.snapshot()` and calls the runtime's actions; anything slow (PIN checks,
/// reports, diagnostics) runs in a `Task` whose answer comes back through `post` as a `KioskEvent`, so
/// the UI thread never waits.
///
/// ```swift
/// let session = TerminalSession<KioskEvent>(options: TerminalOptions(isBellEnabled: configuration.kiosk.beep))
/// runtime.onChange { session.post(.refresh, replacing: \.isRefresh) }
/// let exit = try await session.run { KioskScreens(runtime: runtime, post: { session.post($0) }) }
/// ```
public struct KioskScreens: TerminalApplication {
    public typealias Event = KioskEvent

    /// Which screen is open.
    enum Mode {
        case startup
        case checkIn
        case supervisor(SupervisorState)
        case technician(TechnicianState)
        /// The start-up panel again, opened from the technician screen (any key goes back to it).
        case startupReview(TechnicianState)
    }

    /// How long the finished start-up panel stays when it has no notices to read.
    static let startupLinger: TimeInterval = 2
    /// The preview's frame rate: a new camera frame is drawn at most this often.
    static let previewFPS: Double = 15

    let runtime: KioskRuntime
    let post: @Sendable (KioskEvent) -> Void
    let logger: Logger
    let statistics: DrawStatistics
    let launchedAt: Date
    var mode: Mode = .startup
    var dialog: CredentialDialog?
    var showsHelp = false
    var wedge = BadgeWedge()
    /// The week of the person just punched (F5), and when it leaves the screen.
    var shownWeek: (view: WeekView, until: Date)?
    var asksToQuit = false
    var startupFinishedAt: Date?
    var lastMessageShownAt: Date?
    var lastFrameSequence: UInt64 = 0
    var lastSecond = 0
    var faceSeenAt: Date?

    /// The application for `runtime`.
    ///
    /// - Parameters:
    ///   - runtime: the running kiosk (its start-up may still be going on).
    ///   - launchedAt: when the process started, for the "ready after" log line.
    ///   - post: hands an event to the UI thread (`TerminalSession.post`).
    public init(runtime: KioskRuntime, launchedAt: Date = Date(), post: @escaping @Sendable (KioskEvent) -> Void) {
        self.runtime = runtime
        self.post = post
        self.launchedAt = launchedAt
        logger = Logger(label: "kiosk.ui")
        statistics = DrawStatistics(logger: logger)
    }

    /// Reacts to a key, an event or the input timeout.
    public mutating func handle(_ input: TerminalInput<KioskEvent>, context: TerminalContext) {
        switch input {
        case .key(.resize):
            context.setNeedsRedraw()
        case .key(let key):
            handleKey(key, context: context)
        case .event(let event):
            handleEvent(event, context: context)
            observe(runtime.snapshot(), context: context)
        case .tick:
            runtime.screenAlive()
            runtime.expireQuestion()
            let snapshot = runtime.snapshot()
            if let week = shownWeek, week.until <= snapshot.now {
                shownWeek = nil
                context.setNeedsRedraw()
            }
            observe(snapshot, context: context)
            scheduleRedraw(for: snapshot, context: context)
        }
    }

    /// Draws the open screen.
    public func draw(on canvas: inout Canvas, context: TerminalContext) {
        let start = Date()
        let snapshot = runtime.snapshot(now: start)
        switch mode {
        case .startup:
            StartupPanel(snapshot: snapshot).render(in: canvas.bounds, on: &canvas)
        case .checkIn:
            CheckInScreen(snapshot: snapshot, dialog: dialog, showsHelp: showsHelp, asksToQuit: asksToQuit,
                          week: shownWeek.flatMap { $0.until > snapshot.now ? $0.view : nil })
                .render(in: canvas.bounds, on: &canvas)
        case .supervisor(let state):
            SupervisorScreen(snapshot: snapshot, state: state).render(in: canvas.bounds, on: &canvas)
        case .technician(let state):
            TechnicianScreen(snapshot: snapshot, state: state).render(in: canvas.bounds, on: &canvas)
        case .startupReview:
            StartupPanel(snapshot: snapshot).render(in: canvas.bounds, on: &canvas)
        }
        statistics.record(start: start, seconds: Date().timeIntervalSince(start))
    }

    /// Draw time so far: draws and total seconds (logged at quit by `kiosk run`).
    public var drawTotals: (draws: Int, seconds: TimeInterval) {
        (statistics.allDraws, statistics.allTime)
    }

    private mutating func handleKey(_ key: Key, context: TerminalContext) {
        switch mode {
        case .startup:
            // Only the demo closes from the start-up panel; a real door asks a technician's PIN at check-in.
            if key == .function(10) && runtime.configuration.kiosk.demo {
                context.quit()
            } else if runtime.snapshot().startupFinished {
                openCheckIn()
            }
        case .checkIn:
            handleCheckInKey(key, context: context)
        case .supervisor(var state):
            handleSupervisorKey(key, state: &state, context: context)
            if case .supervisor = mode { mode = .supervisor(state) }
        case .technician(var state):
            handleTechnicianKey(key, state: &state, context: context)
            if case .technician = mode { mode = .technician(state) }
        case .startupReview(let state):
            mode = .technician(state)
        }
    }

    /// Start-up ends, messages ring the bell, and the two timings of the log are taken here.
    private mutating func observe(_ snapshot: KioskSnapshot, context: TerminalContext) {
        if case .startup = mode, snapshot.startupFinished {
            if startupFinishedAt == nil {
                startupFinishedAt = snapshot.now
                logger.info("start-up finished", metadata: ["ms_since_launch": "\(Int(snapshot.now.timeIntervalSince(launchedAt) * 1000))"])
                context.setNeedsRedraw()
            }
            if snapshot.notices.isEmpty, let finished = startupFinishedAt, snapshot.now.timeIntervalSince(finished) >= Self.startupLinger {
                openCheckIn()
                context.setNeedsRedraw()
            }
        }
        if snapshot.faceBox == nil {
            faceSeenAt = nil
        } else if faceSeenAt == nil {
            faceSeenAt = snapshot.now
        }
        guard let message = snapshot.message, message.shownAt != lastMessageShownAt else { return }
        lastMessageShownAt = message.shownAt
        context.setNeedsRedraw()
        if case .checkIn = mode, message.tone == .success { context.ringBell() }
        if let seen = faceSeenAt {
            logger.info("check-in message shown", metadata: [
                "tone": "\(message.tone)", "ms_since_face_on_screen": "\(Int(message.shownAt.timeIntervalSince(seen) * 1000))",
            ])
        }
    }

    /// Redraws on the input timeout only when something visible changed: a new camera frame (at most
    /// `previewFPS` times a second), the clock's second, or a running start-up phase's time.
    private mutating func scheduleRedraw(for snapshot: KioskSnapshot, context: TerminalContext) {
        let second = Int(snapshot.now.timeIntervalSince1970)
        if second != lastSecond {
            lastSecond = second
            context.setNeedsRedraw()
        }
        let sincePrevious = snapshot.now.timeIntervalSince(statistics.lastDraw)
        switch mode {
        case .startup:
            if !snapshot.startupFinished && sincePrevious >= 0.1 { context.setNeedsRedraw() }
        case .checkIn:
            if let frame = snapshot.frame, frame.sequence != lastFrameSequence, sincePrevious >= 1 / Self.previewFPS {
                lastFrameSequence = frame.sequence
                context.setNeedsRedraw()
            }
        case .supervisor, .technician, .startupReview:
            break
        }
    }

    private mutating func openCheckIn() {
        mode = .checkIn
        logger.info("check-in screen open", metadata: ["ms_since_launch": "\(Int(Date().timeIntervalSince(launchedAt) * 1000))"])
    }
}
