import Foundation
import TestEnvironment
import Testing

/// Runs the `tui-demo` executable in a real (tmux) terminal: keys in, screen text out, and a resize.
@Suite struct TmuxEndToEndTests {
    /// `tui-demo` next to the test bundle in the build folder (both are built by `swift build --build-tests`).
    static let demoPath: String? = {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        // The bundle may be a directory (…/AsistenciaPackageTests.xctest/…) on some toolchains.
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("tui-demo").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }()

    /// The first need not met, nil when the test can run.
    static let missing: (need: TestNeed, reason: String)? = {
        if let reason = TmuxSession.unavailableReason { return (.tmux, reason) }
        if demoPath == nil { return (.buildProducts, "tui-demo was not found next to the test bundle (build it: swift build --product tui-demo)") }
        return nil
    }()

    @Test(.needs(missing), .timeLimit(.minutes(20)))
    func demoRespondsToKeysAndRelayoutsAfterResize() throws {
        let demo = try #require(Self.demoPath)
        let tmux = try TmuxSession(command: "env -u NO_COLOR -u COLORTERM LANG=C.UTF-8 TERM=tmux-256color '\(demo)'; echo \"exit status $?\"; sleep 60", width: 80, height: 24)
        defer { tmux.kill() }

        // First frame at 80×24, and the progress posted from the demo's producer thread reaches 100 %.
        var screen = try tmux.waitFor { $0.first?.contains("80×24") == true && $0.joined().contains("100%") }
        #expect(screen.count == 24)
        #expect(screen[0].hasPrefix(" Asistencia · demo"))
        #expect(screen[0].contains("✓ Cámara  ✗ Servidor  80×24"))
        #expect(screen[2].contains("Buenos días, Pérez"))
        #expect(screen.contains { $0.contains("08:05 José Núñez Fernández de Có… entrada") })
        #expect(screen.contains { $0.contains("▀▀▀▀▀▀▀▀") })
        #expect(screen[23].hasPrefix("F1Ayuda F2PIN   F3Diagnóstico F10Salir"))

        // F2 opens the PIN pad; digits show masked.
        try tmux.send("F2")
        screen = try tmux.waitFor { $0.joined().contains("Introduzca su PIN") }
        #expect(screen.joined().contains("Introduzca su PIN"))
        try tmux.send("1", "2", "3", "4")
        screen = try tmux.waitFor { $0.joined().contains("● ● ● ● _") }
        #expect(screen.joined().contains("● ● ● ● _"))
        #expect(!screen.joined().contains("1234"))

        try tmux.send("Enter")
        screen = try tmux.waitFor { $0.joined().contains("PIN recibido") }
        #expect(screen.contains { $0.contains("PIN recibido") })
        #expect(!screen.joined().contains("Introduzca su PIN"))

        // Resize: the header shows the new size and the key bar moves to the new last row.
        try tmux.resize(width: 100, height: 30)
        screen = try tmux.waitFor { $0.first?.contains("100×30") == true }
        #expect(screen.count == 30)
        #expect(screen[0].hasSuffix("✓ Cámara  ✗ Servidor  100×30"))
        #expect(screen[29].hasPrefix("F1Ayuda F2PIN"))
        #expect(screen.contains { $0.contains("08:05 José Núñez Fernández de Córdoba        entrada") })

        try tmux.resize(width: 80, height: 24)
        screen = try tmux.waitFor { $0.first?.contains("80×24") == true }
        #expect(screen.count == 24)
        #expect(screen[23].hasPrefix("F1Ayuda F2PIN"))

        // F10 quits: the terminal is restored (the normal screen is back, without the UI) and the program
        // exits with status 0, which the shell around it prints.
        try tmux.send("F10")
        screen = try tmux.waitFor { $0.contains { $0.contains("exit status") } }
        #expect(screen.contains { $0 == "exit status 0" })
        #expect(!screen.joined().contains("F1Ayuda"))
    }
}
