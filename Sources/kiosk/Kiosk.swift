import ArgumentParser

/// `kiosk`: the Asistencia door kiosk and its maintenance commands.
@main
struct Kiosk: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk",
        abstract: "Asistencia: face-recognition attendance kiosk.",
        discussion: """
            Reads kiosk.conf (--config, else $KIOSK_CONFIG, else ./kiosk.conf, else the built-in demo \
            defaults) with KIOSK_<SECTION>_<KEY> environment overrides.
            """,
        subcommands: [Run.self, Badge.self, Bench.self, Diagnose.self, Enroll.self, Export.self, Pin.self, Register.self, Unregister.self],
        defaultSubcommand: Run.self
    )
}
