import Foundation
import TestEnvironment
import Testing

/// The door as people use it, in a real terminal (tmux, 80×24) with replay cameras:
/// - the playlist demo replay greets both demo employees and refuses the stranger, at the default settings with
///   liveness off (the photos do not blink; the liveness demo is KioskRunEndToEndTests');
/// - a real door (`demo = false`, liveness off: these scenes are about questions, screens and badges): a short-stay question expires, another face cancels it, a recognised
///   supervisor is offered F2 and reaches their screen with their PIN, F10 asks a technician's PIN, and
///   `kiosk diagnose --health` passes while the kiosk runs, fails while it is frozen or stopped, and never
///   touches the database file.
/// Waits poll the screen, the database or the command's answer; no assertion depends on how long anything took.
@Suite(.serialized) struct DoorEndToEndTests {
    typealias Run = KioskRunEndToEndTests
    static let playlist = Run.root.appendingPathComponent("assets/demo-replay.playlist").path

    /// The first need not met, nil when the tests can run.
    static let missing: (need: TestNeed, reason: String)? = {
        if let missing = Run.missing { return missing }
        if !FileManager.default.fileExists(atPath: playlist) { return (.bootstrapAssets, "\(playlist) is missing (run scripts/bootstrap)") }
        let needed = ["assets/photos/astronaut.png", "models/mmod_human_face_detector.dat"]
        if let absent = needed.first(where: { !FileManager.default.fileExists(atPath: Run.root.appendingPathComponent($0).path) }) {
            return (.bootstrapAssets, "\(absent) is missing (run scripts/bootstrap)")
        }
        return nil
    }()

    /// A folder with a kiosk.conf, and the kiosk started in tmux on it.
    struct Door {
        let folder: URL
        let config: String
        let database: String
        let log: String
        let stderr: String
        let exitFile: String

        init(_ name: String) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            config = folder.appendingPathComponent("kiosk.conf").path
            database = folder.appendingPathComponent("kiosk.sqlite").path
            log = folder.appendingPathComponent("kiosk.log").path
            stderr = folder.appendingPathComponent("stderr.txt").path
            exitFile = folder.appendingPathComponent("exit-status").path
        }

        func write(_ text: String) throws {
            try text.write(toFile: config, atomically: true, encoding: .utf8)
        }

        func start(_ kiosk: String) throws -> KioskTmux {
            try? FileManager.default.removeItem(atPath: exitFile)
            return try KioskTmux(
                command: "cd '\(folder.path)' && env LANG=C.UTF-8 TERM=tmux-256color '\(kiosk)' run --config '\(config)' --no-bell 2>>'\(stderr)'; echo $? >'\(exitFile)'",
                width: 80, height: 24)
        }

        /// The exit status once the kiosk has exited (polled up to `seconds`), or "".
        func exitStatus(within seconds: Double) -> String {
            let deadline = Date().addingTimeInterval(seconds)
            var status = ""
            while status.isEmpty && Date() < deadline {
                usleep(50_000)
                status = ((try? String(contentsOfFile: exitFile, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            }
            return status
        }

        /// The last `count` lines of the kiosk's log, for a failure message (what replaced a message on screen).
        func logTail(_ count: Int = 40) -> String {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? "(no log at \(log))"
            return text.split(separator: "\n").suffix(count).joined(separator: "\n")
        }

        /// The kiosk's pid from its log ("kiosk run … pid=N"), last run first.
        var pid: Int32? {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            return text.split(separator: "\n").filter { $0.contains("kiosk run") }.last
                .flatMap { line in line.split(separator: " ").first { $0.hasPrefix("pid=") }.flatMap { Int32($0.dropFirst(4)) } }
        }

        /// Size and modification time of the database and its WAL and shared-memory files.
        func databaseFiles() -> [String] {
            ["", "-wal", "-shm"].map { suffix in
                let attributes = try? FileManager.default.attributesOfItem(atPath: database + suffix)
                let size = (attributes?[.size] as? NSNumber)?.intValue ?? -1
                let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
                return "\(suffix.isEmpty ? "db" : suffix) \(size) \(modified)"
            }
        }
    }

    /// Runs `kiosk ARGS…` to the end: exit status and standard output.
    static func kiosk(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Run.kioskPath))
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// `kiosk diagnose --health` until its exit status is `status` and, when given, its output names `naming`
    /// (at most `seconds`): the last answer.
    static func health(_ door: Door, until status: Int32, naming: String? = nil, within seconds: Double) throws -> (status: Int32, output: String) {
        let deadline = Date().addingTimeInterval(seconds)
        var answer = try kiosk(["diagnose", "--health", "--max-age", "4", "--config", door.config])
        while (answer.status != status || naming.map { !answer.output.contains($0) } == true) && Date() < deadline {
            usleep(250_000)
            answer = try kiosk(["diagnose", "--health", "--max-age", "4", "--config", door.config])
        }
        return answer
    }

    @Test(.needs(missing), .timeLimit(.minutes(20)))
    func demoReplayGreetsBothEmployeesAndRefusesTheStranger() throws {
        let kiosk = try #require(Run.kioskPath)
        let door = try Door("kiosk-demo-replay")
        defer { try? FileManager.default.removeItem(at: door.folder) }
        // The shipped settings without liveness (README: the playlist demo): only the paths point at this checkout,
        // the camera at the bootstrap's door-size playlist. Liveness has its own end-to-end test (KioskRunEndToEndTests).
        try door.write("""
            [kiosk]
            demo = true
            demo_photos = "\(Run.root.appendingPathComponent("assets/photos").path)"
            log_file = "\(door.log)"
            status_file = "\(door.folder.appendingPathComponent("kiosk.status").path)"
            [camera]
            device = "replay:\(Self.playlist)"
            [recognition]
            models_dir = "\(Run.root.appendingPathComponent("models").path)"
            [liveness]
            mode = "off"
            [database]
            path = "\(door.database)"
            """)
        let tmux = try door.start(kiosk)
        defer {
            if let pid = door.pid { kill(pid, SIGTERM) }
            tmux.kill()
        }
        var (screen, ok) = try tmux.waitFor(seconds: 120) { $0.joined().contains("pulse una tecla") }
        try #require(ok, "start-up did not finish:\n\(screen.joined(separator: "\n"))")
        let seeds = screen.first { $0.contains("Datos iniciales") } ?? ""
        #expect(seeds.contains("✓"), "both demo faces enrolled: \(seeds)")
        try tmux.send("Enter")
        var sawStranger = false
        var greeted: Set<String> = []
        (screen, ok) = try tmux.waitFor(seconds: 120) { screen in
            let text = screen.joined()
            if text.contains("No reconocido") { sawStranger = true }
            if text.contains("Barack — entrada") { greeted.insert("E001") }
            if text.contains("Eileen — entrada") { greeted.insert("E002") }
            return sawStranger && greeted.count == 2
        }
        #expect(greeted == ["E001", "E002"], "greeted \(greeted):\n\(screen.joined(separator: "\n"))")
        #expect(sawStranger, "the stranger was not refused:\n\(screen.joined(separator: "\n"))")
        let punches = try Run.sql(door.database, "SELECT employeeCode || ' ' || kind || ' ' || method FROM punch ORDER BY instantMs")
        #expect(punches == ["E001 IN face", "E002 IN face"])
        try tmux.send("F10")
        _ = try tmux.waitFor(seconds: 5) { $0.joined().contains("¿Cerrar el quiosco?") }
        try tmux.send("F10")
        #expect(door.exitStatus(within: 15) == "0")
    }

    @Test(.needs(missing), .timeLimit(.minutes(20)))
    func realDoorQuestionsStaffQuitAndHealth() throws {
        let kiosk = try #require(Run.kioskPath)
        let door = try Door("kiosk-real-door")
        defer { try? FileManager.default.removeItem(at: door.folder) }
        let photos = Run.root.appendingPathComponent("assets/photos").path
        let demoPhotos = door.folder.appendingPathComponent("photos")
        try FileManager.default.createDirectory(at: demoPhotos, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: demoPhotos.appendingPathComponent("obama.jpg").path,
                                                   withDestinationPath: photos + "/obama.jpg")
        // E001 checks in, comes back (question), walks away (it expires), comes back (asked again), and
        // S001 steps in (cancels it, is punched and offered F2); then nobody for ten minutes (the replay must not
        // loop back to E001 within the test, however slow a loaded machine makes it).
        let replay = door.folder.appendingPathComponent("door.playlist").path
        try """
            \(photos)/coffee.png seconds=6
            \(photos)/obama2.jpg crop=0,150,626,900 seconds=4
            \(photos)/coffee.png seconds=3
            \(photos)/obama2.jpg crop=0,150,626,900 seconds=4
            \(photos)/coffee.png seconds=10
            \(photos)/obama2.jpg crop=0,150,626,900 seconds=4
            \(photos)/biden.jpg crop=0,50,970,900 seconds=4
            \(photos)/coffee.png seconds=600
            """.write(toFile: replay, atomically: true, encoding: .utf8)
        let common = """
            log_file = "\(door.log)"
            status_file = "\(door.folder.appendingPathComponent("kiosk.status").path)"
            demo_photos = "\(demoPhotos.path)"
            [recognition]
            models_dir = "\(Run.root.appendingPathComponent("models").path)"
            debounce_seconds = 0
            [liveness]
            mode = "off"
            [database]
            path = "\(door.database)"
            [checkin]
            confirm_seconds = 6
            """

        // First run (demo): the seeds, E001's face, and the first-run PINs; F10 closes a demo at once.
        try door.write("[kiosk]\ndemo = true\n\(common)\n[camera]\ndevice = \"replay:\(replay)\"\n")
        var tmux = try door.start(kiosk)
        var (screen, ok) = try tmux.waitFor(seconds: 120) { $0.joined().contains("pulse una tecla") }
        try #require(ok, "start-up did not finish:\n\(screen.joined(separator: "\n"))")
        let pins = Run.firstRunPINs(screen.joined(separator: "\n"))
        let supervisorPIN = try #require(pins["S001"])
        let technicianPIN = try #require(pins["T001"])
        try tmux.send("F10")
        #expect(door.exitStatus(within: 15) == "0", "a demo kiosk closes with F10 on the panel")
        tmux.kill()

        // The supervisor's face (biden.jpg), enrolled like any other.
        let enrolled = try Self.kiosk(["enroll", "--config", door.config, "--code", "S001", "--consent", photos + "/biden.jpg"])
        try #require(enrolled.status == 0, "kiosk enroll: \(enrolled.output)")

        // Andrés (E003) gets a badge; the same badge for E001 is refused, naming its owner.
        let badge = try Self.kiosk(["badge", "set", "--config", door.config, "--code", "E003", "--badge", "0004521337"])
        try #require(badge.status == 0, "kiosk badge set: \(badge.output)")
        let taken = try Self.kiosk(["badge", "set", "--config", door.config, "--code", "E001", "--badge", "0004521337"])
        #expect(taken.status != 0 && taken.output.contains("E003"), "a badge is one person's: \(taken.output)")

        // Second run: a real door.
        try door.write("[kiosk]\ndemo = false\n\(common)\n[camera]\ndevice = \"replay:\(replay)\"\n")
        tmux = try door.start(kiosk)
        defer {
            if let pid = door.pid { kill(pid, SIGCONT); kill(pid, SIGTERM) }
            tmux.kill()
        }
        var saw: Set<String> = []
        (screen, ok) = try tmux.waitFor(seconds: 180) { screen in
            let text = screen.joined()
            if text.contains("¿registrar la salida?") { saw.insert("question") }
            if text.contains("caduca en") { saw.insert("countdown") }
            if text.contains("Pregunta caducada") { saw.insert("expired") }
            return screen.last?.contains("Supervisor: S001") == true
        }
        try #require(ok, "S001 was not offered F2:\n\(screen.joined(separator: "\n"))")
        // F2 goes straight to S001's own PIN.
        try tmux.send("F2")
        (screen, ok) = try tmux.waitFor(seconds: 5) { $0.joined().contains("PIN de S001") }
        #expect(ok, "F2 did not ask S001's PIN:\n\(screen.joined(separator: "\n"))")
        try tmux.type(supervisorPIN)
        try tmux.send("Enter")
        (screen, ok) = try tmux.waitFor(seconds: 20) { $0.first?.contains("Supervisor: Supervisora Demo") == true }
        #expect(ok, "no supervisor screen:\n\(screen.joined(separator: "\n"))")
        try tmux.send("Escape")
        _ = try tmux.waitFor(seconds: 5) { $0.last?.contains("F4PIN") == true }

        #expect(saw == ["question", "countdown", "expired"], "seen: \(saw)")
        let log = try String(contentsOfFile: door.log, encoding: .utf8)
        #expect(log.contains("question expired"), "the first question expired")
        #expect(log.contains("question cancelled: another face"), "S001's face cancelled the second question")
        let punches = try Run.sql(door.database, "SELECT employeeCode || ' ' || kind || ' ' || method FROM punch ORDER BY instantMs")
        #expect(punches == ["E001 IN face", "S001 IN face"], "no exit recorded for E001, who walked away twice")

        // Health: passes while it runs …
        let running = try Self.health(door, until: 0, within: 15)
        #expect(running.status == 0, "health while running: \(running.output)")
        #expect(running.output.hasPrefix("sano"), "\(running.output)")
        // … fails while it is frozen, without touching the database …
        let pid = try #require(door.pid)
        kill(pid, SIGSTOP)
        let frozenFiles = door.databaseFiles()
        // A frozen kiosk is unhealthy as soon as its oldest sign of life is 4 s old (on a still scene, often the
        // last recognition result); the status file it no longer writes follows within seconds.
        let frozen = try Self.health(door, until: 1, naming: "parado", within: 20)
        #expect(frozen.status == 1 && frozen.output.contains("parado"), "health while frozen: \(frozen.output)")
        #expect(door.databaseFiles() == frozenFiles, "the health check changed the database files")
        kill(pid, SIGCONT)
        let thawed = try Self.health(door, until: 0, within: 15)
        #expect(thawed.status == 0, "health after SIGCONT: \(thawed.output)")

        // A badge reader types the number and Enter: Andrés is punched with method badge.
        try tmux.type("0004521337")
        try tmux.send("Enter")
        (screen, ok) = try tmux.waitFor(seconds: 20) { $0.joined().contains("Andrés — entrada") }
        #expect(ok, "the badge did not punch Andrés:\n\(screen.joined(separator: "\n"))\nkiosk log:\n\(door.logTail())")
        let badgePunch = try Run.sql(door.database, "SELECT employeeCode || ' ' || kind || ' ' || method FROM punch WHERE employeeCode = 'E003'")
        #expect(badgePunch == ["E003 IN badge"])
        // Right after his punch, F5 shows Andrés's own week.
        try tmux.send("F5")
        (screen, ok) = try tmux.waitFor(seconds: 10) { $0.joined().contains("Semana de Andrés Pérez") && $0.joined().contains("Total: ") }
        #expect(ok, "F5 did not show Andrés's week:\n\(screen.joined(separator: "\n"))\nkiosk log:\n\(door.logTail())")
        try tmux.send("Escape")
        _ = try tmux.waitFor(seconds: 5) { !$0.joined().contains("Semana de Andrés Pérez") }

        // The technician's actions: the models again (never a second load), the camera reopened, the panel.
        try tmux.send("F3")
        _ = try tmux.waitFor(seconds: 5) { $0.joined().contains("Código de empleado") }
        try tmux.type("T001")
        try tmux.send("Enter")
        _ = try tmux.waitFor(seconds: 5) { $0.joined().contains("PIN de T001") }
        try tmux.type(technicianPIN)
        try tmux.send("Enter")
        (screen, ok) = try tmux.waitFor(seconds: 30) { $0.joined().contains("k reabrir la cámara") }
        #expect(ok, "no technician screen:\n\(screen.joined(separator: "\n"))")
        try tmux.send("m")
        (screen, ok) = try tmux.waitFor(seconds: 30) { $0.joined().contains("modelos ya cargados (una sola vez por proceso)") }
        #expect(ok, "reload models:\n\(screen.joined(separator: "\n"))")
        try tmux.send("k")
        (screen, ok) = try tmux.waitFor(seconds: 30) { $0.joined().contains("640×480 a 15 fps") }
        #expect(ok, "reopen camera:\n\(screen.joined(separator: "\n"))")
        try tmux.send("p")
        (screen, ok) = try tmux.waitFor(seconds: 5) { $0.joined().contains("Carga de modelos") && $0.joined().contains("Limpieza de memoria") }
        #expect(ok, "no start-up panel:\n\(screen.joined(separator: "\n"))")
        try tmux.send("Escape")
        _ = try tmux.waitFor(seconds: 5) { $0.joined().contains("k reabrir la cámara") || $0.first?.contains("Diagnóstico: ") == true }
        try tmux.send("Escape")
        _ = try tmux.waitFor(seconds: 5) { $0.last?.contains("F4PIN") == true }
        let actions = try Run.sql(door.database, "SELECT actorCode || ' ' || action FROM auditLog WHERE action IN ('reload models', 'reopen camera') ORDER BY id")
        #expect(actions == ["T001 reload models", "T001 reopen camera"])

        // F10 on a real door asks a technician: a supervisor is refused, the technician closes it.
        try tmux.send("F10")
        (screen, ok) = try tmux.waitFor(seconds: 5) { $0.joined().contains("Cerrar el quiosco: técnico") }
        #expect(ok, "F10 did not ask for a technician:\n\(screen.joined(separator: "\n"))")
        try tmux.type("S001")
        try tmux.send("Enter")
        _ = try tmux.waitFor(seconds: 5) { $0.joined().contains("PIN de S001") }
        try tmux.type(supervisorPIN)
        try tmux.send("Enter")
        (screen, ok) = try tmux.waitFor(seconds: 20) { $0.joined().contains("S001 no es técnico") }
        #expect(ok, "a supervisor closed the door:\n\(screen.joined(separator: "\n"))")
        #expect(door.exitStatus(within: 0.5).isEmpty, "the kiosk is still running")
        try tmux.send("Escape")
        try tmux.send("F10")
        _ = try tmux.waitFor(seconds: 5) { $0.joined().contains("Código de empleado") }
        try tmux.type("T001")
        try tmux.send("Enter")
        _ = try tmux.waitFor(seconds: 5) { $0.joined().contains("PIN de T001") }
        try tmux.type(technicianPIN)
        try tmux.send("Enter")
        #expect(door.exitStatus(within: 20) == "0", "the technician's PIN closes the kiosk")
        let audit = try Run.sql(door.database, "SELECT actorCode || ' ' || action FROM auditLog WHERE action = 'quit kiosk'")
        #expect(audit == ["T001 quit kiosk"])

        // … and fails once it stopped, still without touching the database.
        let stoppedFiles = door.databaseFiles()
        let stopped = try Self.health(door, until: 1, within: 5)
        #expect(stopped.status == 1 && stopped.output.contains("no está en marcha"), "health after quit: \(stopped.output)")
        #expect(door.databaseFiles() == stoppedFiles, "the health check changed the database files")
    }

    @Test(.needs(missing), .timeLimit(.minutes(20)))
    func badgeAndFaceRefusesAnotherFace() throws {
        let kiosk = try #require(Run.kioskPath)
        let door = try Door("kiosk-badge-face")
        defer { try? FileManager.default.removeItem(at: door.folder) }
        let photos = Run.root.appendingPathComponent("assets/photos").path
        // Barack's face is in front of the camera the whole time.
        let replay = door.folder.appendingPathComponent("barack.playlist").path
        try "\(photos)/obama2.jpg crop=0,150,626,900 seconds=600\n".write(toFile: replay, atomically: true, encoding: .utf8)
        try door.write("""
            [kiosk]
            demo = true
            demo_photos = "\(photos)"
            log_file = "\(door.log)"
            status_file = "\(door.folder.appendingPathComponent("kiosk.status").path)"
            [camera]
            device = "replay:\(replay)"
            [recognition]
            models_dir = "\(Run.root.appendingPathComponent("models").path)"
            [liveness]
            mode = "off"
            [database]
            path = "\(door.database)"
            [checkin]
            methods = "badge"
            badge_face = true
            """)
        let tmux = try door.start(kiosk)
        defer {
            if let pid = door.pid { kill(pid, SIGTERM) }
            tmux.kill()
        }
        var (screen, ok) = try tmux.waitFor(seconds: 120) { $0.joined().contains("pulse una tecla") }
        try #require(ok, "start-up did not finish:\n\(screen.joined(separator: "\n"))")
        // Badges are set while the kiosk runs (the seeds have created the employees).
        for (code, number) in [("E001", "11112222"), ("E002", "22223333")] {
            let set = try Self.kiosk(["badge", "set", "--config", door.config, "--code", code, "--badge", number])
            try #require(set.status == 0, "kiosk badge set: \(set.output)")
        }
        try tmux.send("Enter")
        (screen, ok) = try tmux.waitFor(seconds: 10) { $0.last?.contains("F4PIN") == true }
        #expect(screen.joined().contains("Pase su tarjeta por el lector"), "a badge-only door invites the badge:\n\(screen.joined(separator: "\n"))")

        // Eileen's badge with Barack's face: refused, nothing recorded.
        try tmux.type("22223333")
        try tmux.send("Enter")
        (screen, ok) = try tmux.waitFor(seconds: 30) { $0.joined().contains("no es la de la tarjeta") }
        #expect(ok, "the wrong face was not refused:\n\(screen.joined(separator: "\n"))")
        #expect(try Run.sql(door.database, "SELECT count(*) FROM punch") == ["0"])

        // Barack's own badge: his face agrees, the punch is a badge punch.
        try tmux.type("11112222")
        try tmux.send("Enter")
        (screen, ok) = try tmux.waitFor(seconds: 30) { $0.joined().contains("Barack — entrada") }
        #expect(ok, "badge + face did not punch:\n\(screen.joined(separator: "\n"))")
        let punches = try Run.sql(door.database, "SELECT employeeCode || ' ' || kind || ' ' || method FROM punch")
        #expect(punches == ["E001 IN badge"])
        try tmux.send("F10")
        _ = try tmux.waitFor(seconds: 5) { $0.joined().contains("¿Cerrar el quiosco?") }
        try tmux.send("F10")
        #expect(door.exitStatus(within: 15) == "0")
    }
}
