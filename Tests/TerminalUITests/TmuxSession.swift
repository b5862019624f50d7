#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A tmux server on a private socket running one detached session, for end-to-end tests of the UI.
/// `kill()` ends the server (and the programs in it); call it in a `defer`.
struct TmuxSession {
    /// Why tmux cannot be used, or nil when it can.
    static let unavailableReason: String? = {
        guard let path = executablePath else { return "tmux is not installed (apt-get install tmux)" }
        return FileManager.default.isExecutableFile(atPath: path) ? nil : "tmux at \(path) is not executable"
    }()

    private static let executablePath: String? = {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    private let socket = "asistencia-tui-\(getpid())-\(UUID().uuidString.prefix(8))"
    private let target = "demo"

    /// Starts `command` in a detached session of `width` × `height` cells.
    init(command: String, width: Int, height: Int) throws {
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)", command])
    }

    /// Sends keys by tmux name ("F2", "Enter", "1").
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", target] + keys)
    }

    /// Resizes the session's window.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The pane's text, one string per row.
    func capture() throws -> [String] {
        try tmux(["capture-pane", "-p", "-t", target]).components(separatedBy: "\n").dropLast().map { String($0) }
    }

    /// Polls the pane (at most `tries` times, 50 ms apart) until `condition` holds; returns the last capture.
    @discardableResult
    func waitFor(tries: Int = 200, _ condition: ([String]) -> Bool) throws -> [String] {
        var screen = try capture()
        for _ in 0..<tries where !condition(screen) {
            usleep(50_000)
            screen = try capture()
        }
        return screen
    }

    /// Ends the private tmux server.
    func kill() {
        _ = try? tmux(["kill-server"])
    }

    /// Runs one tmux client command and returns what it printed.
    ///
    /// Spawned with `posix_spawn` and reaped with `waitpid` rather than `Process`, whose `waitUntilExit`
    /// can miss the child's exit inside a test runner; the child gets an empty signal mask so the tmux
    /// server (and the program under test) can be stopped by SIGHUP/SIGTERM.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let argv = [Self.executablePath ?? "/usr/bin/tmux", "-u", "-L", socket] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        let envp = environment.map { "\($0.key)=\($0.value)" }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGHUP, SIGINT, SIGTERM, SIGPIPE, SIGCHLD] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var pid = pid_t()
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = envp.map { strdup($0) } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, cArguments, cEnvironment)
        guard spawned == 0 else { throw TmuxError(arguments: arguments, status: spawned, output: "posix_spawn failed") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exitCode = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        guard exitCode == 0 else { throw TmuxError(arguments: arguments, status: exitCode, output: text) }
        return text
    }
}

/// A tmux command that failed, with what it printed.
struct TmuxError: Error, CustomStringConvertible {
    let arguments: [String]
    let status: Int32
    let output: String
    var description: String { "tmux \(arguments.joined(separator: " ")) exited with \(status): \(output)" }
}
