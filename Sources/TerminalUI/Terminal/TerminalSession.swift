#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses
import Dispatch
import Foundation
import Synchronization

/// ncurses has one screen per process: at most one session runs at a time.
private let sessionRunning = Atomic<Bool>(false)

/// Runs a terminal UI on its own thread: sets up ncurses, reads keys with a short timeout, delivers
/// events posted from other threads, redraws, and restores the terminal on quit, on `requestStop()`, and
/// on SIGINT/SIGTERM.
///
/// The UI thread is a dedicated `Thread`, never Swift's cooperative pool; it is the only thread that
/// calls ncurses. Other threads talk to it only through `post(_:)`.
///
/// ```swift
/// let session = TerminalSession<KioskEvent>()
/// recognition.onPunch = { session.post(.punched($0)) }          // any thread
/// let exit = try await session.run { KioskScreens(state: state) } // the app is built on the UI thread
/// ```
public final class TerminalSession<Event: Sendable>: Sendable {
    /// How the terminal is set up.
    public let options: TerminalOptions
    private let queue = EventQueue<Event>()
    private let stopRequested = Atomic<Bool>(false)

    /// Creates a session; nothing touches the terminal until `run`.
    public init(options: TerminalOptions = TerminalOptions()) {
        self.options = options
    }

    /// Queues `event` for the application; safe from any thread. Delivered within one input timeout.
    public func post(_ event: Event) {
        queue.post(event)
    }

    /// Queues `event`, replacing the first still-unread event that `isStale` matches (e.g. an older
    /// "frame ready"), so fast producers never pile events up behind the UI.
    public func post(_ event: Event, replacing isStale: (Event) -> Bool) {
        queue.post(event, replacing: isStale)
    }

    /// Asks the UI loop to end (from any thread); `run` then returns `.stopRequested`.
    public func requestStop() {
        stopRequested.store(true, ordering: .relaxed)
    }

    /// Runs the UI on a new thread until it ends, without blocking a Swift concurrency thread.
    ///
    /// - Parameter makeApplication: builds the application on the UI thread.
    /// - Returns: why the session ended.
    /// - Throws: `TerminalError` when the terminal cannot be opened or a session already runs.
    public func run<App: TerminalApplication>(_ makeApplication: @escaping @Sendable () -> App) async throws -> TerminalExit
    where App.Event == Event {
        try await withCheckedThrowingContinuation { continuation in
            start(makeApplication) { continuation.resume(with: $0) }
        }
    }

    /// Runs the UI on a new thread and blocks the calling thread until it ends (for a synchronous `main`).
    ///
    /// - Parameter makeApplication: builds the application on the UI thread.
    /// - Returns: why the session ended.
    /// - Throws: `TerminalError` when the terminal cannot be opened or a session already runs.
    public func runBlocking<App: TerminalApplication>(_ makeApplication: @escaping @Sendable () -> App) throws -> TerminalExit
    where App.Event == Event {
        let done = DispatchSemaphore(value: 0)
        let outcome = Mutex<Result<TerminalExit, any Error>?>(nil)
        start(makeApplication) { result in
            outcome.withLock { $0 = result }
            done.signal()
        }
        done.wait()
        return try outcome.withLock { $0! }.get()
    }

    private func start<App: TerminalApplication>(
        _ makeApplication: @escaping @Sendable () -> App,
        completion: @escaping @Sendable (Result<TerminalExit, any Error>) -> Void
    ) where App.Event == Event {
        guard sessionRunning.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged else {
            completion(.failure(TerminalError(.sessionAlreadyRunning)))
            return
        }
        stopRequested.store(false, ordering: .relaxed)
        let thread = Thread { [self] in
            let result = Result { try self.loop(makeApplication) }
            sessionRunning.store(false, ordering: .releasing)
            completion(result)
        }
        thread.name = "terminal-ui"
        thread.start()
    }

    // MARK: - UI thread

    private func loop<App: TerminalApplication>(_ makeApplication: () -> App) throws -> TerminalExit where App.Event == Event {
        Self.selectUTF8Locale()
        guard let screenHandle = cn_newterm_stdio() else {
            throw TerminalError(.cannotOpenTerminal, term: ProcessInfo.processInfo.environment["TERM"])
        }
        defer {
            endwin()
            delscreen(screenHandle)
        }
        let window = cn_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        curs_set(0)
        cn_set_escdelay(Int32(options.escapeDelayMilliseconds))
        wtimeout(window, Int32(options.inputTimeoutMilliseconds))

        let (mode, defaultColors) = setUpColors()
        let signals = SignalTrap()
        let context = TerminalContext(size: Self.terminalSize(), colorMode: mode, isBellEnabled: options.isBellEnabled)
        let pairCapacity = min(options.maximumColorPairs, Int(cn_color_pairs()) - 1)
        let screen = Screen(theme: options.theme, mode: mode, defaultColors: defaultColors, pairCapacity: pairCapacity)
        var application = makeApplication()

        while true {
            if let number = signals.received { return .signal(number) }
            if stopRequested.load(ordering: .relaxed) { return .stopRequested }
            if context.quitRequested { return .quit }
            for event in queue.drain() {
                application.handle(.event(event), context: context)
                context.needsRedraw = true
            }
            if context.needsRedraw && !context.quitRequested {
                context.size = Self.terminalSize()
                var canvas = Canvas(size: context.size)
                application.draw(on: &canvas, context: context)
                screen.draw(canvas)
                context.needsRedraw = false
            }
            var character: wint_t = 0
            let status = wget_wch(window, &character)
            if status == ERR {
                application.handle(.tick, context: context)
                continue
            }
            let key = Key.decode(character, isKeyCode: status == cn_key_code_yes())
            if key == .resize {
                context.size = Self.terminalSize()
                wclear(window)
            }
            application.handle(.key(key), context: context)
            context.needsRedraw = true
        }
    }

    /// ncurses needs a UTF-8 LC_CTYPE for wide characters; a kiosk started by systemd often has none.
    private static func selectUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = cn_codeset().map { String(cString: $0) } ?? ""
        if codeset.uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    private func setUpColors() -> (ColorMode, defaultColors: Bool) {
        guard has_colors() else { return (.monochrome, false) }
        start_color()
        let defaultColors = use_default_colors() == OK
        let detected = ColorMode.detect(
            hasColors: true, colors: Int(cn_colors()), hasDirectColor: cn_has_direct_color(),
            environment: ProcessInfo.processInfo.environment)
        return (options.colorMode ?? detected, defaultColors)
    }

    private static func terminalSize() -> Size {
        let window = cn_stdscr()
        return Size(width: Int(cn_max_x(window)), height: Int(cn_max_y(window)))
    }
}
