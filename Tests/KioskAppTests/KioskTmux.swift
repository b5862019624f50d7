import Foundation

/// A private tmux server (its own `-L` socket) running one detached session, for driving `kiosk run` in
/// a real terminal. `kill()` ends the server and the program in it; call it in a `defer`.
struct KioskTmux {
    /// Why tmux cannot be used, or nil when it can.
    static let unavailableReason: String? = executablePath == nil ? "tmux is not installed (apt-get install tmux)" : nil

    private static let executablePath: String? = {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    private let socket = "asistencia-kiosk-\(getpid())-\(UUID().uuidString.prefix(8))"
    private let target = "kiosk"

    /// Starts `command` (run by the shell) in a detached session of `width` × `height` cells.
    init(command: String, width: Int, height: Int) throws {
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)", command])
        try tmux(["set-option", "-w", "-t", target, "remain-on-exit", "on"])
    }

    /// Sends keys by tmux name ("F2", "Enter", "Escape") or literally typed text.
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", target] + keys)
    }

    /// Types `text` literally.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", target, "-l", text])
    }

    /// The pane's text, one string per row.
    func capture() throws -> [String] {
        try tmux(["capture-pane", "-p", "-t", target]).components(separatedBy: "\n").dropLast().map { String($0) }
    }

    /// Polls the pane every 50 ms, at most `seconds`, until `condition` holds; returns the last capture and
    /// whether the condition held.
    @discardableResult
    func waitFor(seconds: Double, _ condition: ([String]) -> Bool) throws -> (screen: [String], ok: Bool) {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = try capture()
        while !condition(screen) {
            guard Date() < deadline else { return (screen, false) }
            usleep(50_000)
            screen = try capture()
        }
        return (screen, true)
    }

    /// Ends the program in the pane (SIGTERM: a terminal hang-up alone may not stop it), then the server.
    func kill() {
        if let text = try? tmux(["display-message", "-p", "-t", target, "#{pane_dead} #{pane_pid}"]) {
            let fields = text.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            if fields.count == 2, fields[0] == "0", let pid = Int32(fields[1]) { Foundation.kill(pid, SIGTERM) }
        }
        _ = try? tmux(["kill-server"])
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let (status, text) = try Self.spawn([Self.executablePath ?? "/usr/bin/tmux", "-u", "-L", socket] + arguments)
        guard status == 0 else { throw KioskTmuxError(arguments: arguments, status: status, output: text) }
        return text
    }

    /// Runs a program with posix_spawn and waits for it with waitpid, its output going through a file.
    ///
    /// Not `Process`: the tmux server that `new-session` starts inherits the client's descriptors (a pipe
    /// would never reach end-of-file), and `Process` was seen to miss the client's exit under load.
    private static func spawn(_ argv: [String]) throws -> (Int32, String) {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-tmux-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        // The test runs on a thread that blocks most signals; the tmux server would inherit that mask and
        // ignore SIGTERM and SIGHUP, so the child starts with an empty mask and default handlers.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, cArguments, cEnvironment)
        guard spawned == 0 else { throw KioskTmuxError(arguments: argv, status: spawned, output: "posix_spawn failed") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exited = (status & 0x7f) == 0
        return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), output)
    }
}

/// A tmux command that failed, with what it printed.
struct KioskTmuxError: Error, CustomStringConvertible {
    let arguments: [String]
    let status: Int32
    let output: String
    var description: String { "tmux \(arguments.joined(separator: " ")) exited with \(status): \(output)" }
}
