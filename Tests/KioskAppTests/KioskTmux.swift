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

    /// "1 0" once the program has exited with status 0 (the pane stays because of remain-on-exit).
    func paneState() throws -> String {
        try tmux(["display-message", "-p", "-t", target, "#{pane_dead} #{pane_dead_status}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executablePath ?? "/usr/bin/tmux")
        process.arguments = ["-u", "-L", socket] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw KioskTmuxError(arguments: arguments, status: process.terminationStatus, output: text)
        }
        return text
    }
}

/// A tmux command that failed, with what it printed.
struct KioskTmuxError: Error, CustomStringConvertible {
    let arguments: [String]
    let status: Int32
    let output: String
    var description: String { "tmux \(arguments.joined(separator: " ")) exited with \(status): \(output)" }
}
