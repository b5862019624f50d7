import Foundation
import Testing
@testable import KioskConfig

/// Loads `text` as a file named `kiosk.conf` with the given overrides.
private func load(_ text: String, environment: [String: String] = [:]) throws(ConfigError) -> KioskConfiguration {
    try ConfigLoader.load(text: text, fileName: "kiosk.conf", environment: environment, baseDirectory: "/srv/kiosk")
}

/// The error `body` throws; records a failure when it throws none.
private func error(_ body: () throws(ConfigError) -> KioskConfiguration) -> ConfigError? {
    do {
        _ = try body()
        Issue.record("expected a ConfigError")
        return nil
    } catch {
        return error
    }
}

private let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

@Suite struct ConfigLoaderTests {
    @Test func committedFileEqualsBuiltInDefaults() throws {
        let file = repositoryRoot.appendingPathComponent("kiosk.conf").path
        let loaded = try ConfigLoader.load(file: file, environment: [:])
        var defaults = KioskConfiguration()
        defaults.resolvePaths(against: repositoryRoot.path)
        #expect(loaded == defaults)
    }

    @Test func missingKeysTakeDefaults() throws {
        let c = try load("[recognition]\nthreshold = 0.45\n")
        #expect(c.recognition.threshold == 0.45)
        #expect(c.recognition.margin == KioskConfiguration().recognition.margin)
        #expect(c.camera.width == 640)
        #expect(c.kiosk.language == "es")
    }

    @Test func relativePathsResolveAgainstTheFileFolder() throws {
        let c = try load("[database]\npath = \"data/k.sqlite\"\n[camera]\ndevice = \"replay:clips/a.y4m\"\n")
        #expect(c.database.path == "/srv/kiosk/data/k.sqlite")
        #expect(c.camera.device == "replay:/srv/kiosk/clips/a.y4m")
        #expect(c.recognition.modelsDir == "/srv/kiosk/models")
    }

    @Test func integerAcceptedWhereANumberIsExpected() throws {
        let c = try load("[recognition]\nthreshold = 1\n")
        #expect(c.recognition.threshold == 1.0)
    }

    @Test func syntaxErrorNamesTheLine() {
        let e = error { () throws(ConfigError) in try load("[kiosk]\nname = \"Puerta\"\nlanguage = \n") }
        #expect(e?.code == .syntax)
        #expect(e?.line == 3)
        #expect(e?.description.hasPrefix("kiosk.conf:3: TOML syntax error") == true)
    }

    @Test func unknownKeySuggestsTheNearestName() {
        let e = error { () throws(ConfigError) in try load("[kiosk]\nname = \"x\"\n\n[recognition]\n# comment\ntreshold = 0.4\n") }
        #expect(e?.code == .unknownKey)
        #expect(e?.line == 6)
        #expect(e?.key == "recognition.treshold")
        #expect(e?.suggestion == "threshold")
        #expect(e?.found == "treshold = 0.4")
        #expect(e?.description.contains("did you mean 'threshold'?") == true)
        #expect(e?.message(in: .es).contains("¿quiso decir 'threshold'?") == true)
    }

    @Test func unknownSectionSuggestsTheNearestName() {
        let e = error { () throws(ConfigError) in try load("[camara]\nwidth = 640\n") }
        #expect(e?.code == .unknownSection)
        #expect(e?.line == 1)
        #expect(e?.suggestion == "camera")
    }

    @Test func wrongTypeSaysWhatWasFoundAndExpected() {
        let e = error { () throws(ConfigError) in try load("[camera]\ndevice = \"auto\"\nwidth = \"640\"\n") }
        #expect(e?.code == .wrongType)
        #expect(e?.line == 3)
        #expect(e?.key == "camera.width")
        #expect(e?.found == "a string in quotes \"640\"")
        #expect(e?.expected == "an integer")
    }

    @Test(arguments: [
        ("[recognition]\nthreshold = 1.7\n", "recognition.threshold", 2),
        ("[camera]\nfps = 0\n", "camera.fps", 2),
        ("[recognition]\nconfirm_window = 3\nconfirm_frames = 4\n", "recognition.confirm_frames", 3),
        ("[security]\n\npin_lockout_tries = 0\n", "security.pin_lockout_tries", 3),
        ("[server]\nsync_interval_seconds = 1\n", "server.sync_interval_seconds", 2),
        ("[checkin]\nconfirm_seconds = 1\n", "checkin.confirm_seconds", 2),
        ("[liveness]\nwindow_seconds = 0\n", "liveness.window_seconds", 2),
    ])
    func outOfRangeNamesKeyLineAndBounds(text: String, key: String, line: Int) {
        let e = error { () throws(ConfigError) in try load(text) }
        #expect(e?.code == .outOfRange)
        #expect(e?.key == key)
        #expect(e?.line == line)
        #expect(e?.expected?.contains("…") == true)
    }

    @Test(arguments: [
        ("[kiosk]\nlanguage = \"fr\"\n", "kiosk.language"),
        ("[kiosk]\ntime_zone = \"Mars/Olympus\"\n", "kiosk.time_zone"),
        ("[camera]\ndevice = \"video0\"\n", "camera.device"),
        ("[server]\nurl = \"http://10.0.0.5:8080\"\n", "server.url"),
        ("[server]\nurl = \"not a url\"\n", "server.url"),
        ("[database]\npath = \"\"\n", "database.path"),
        ("[checkin]\nmethods = \"face,iris\"\n", "checkin.methods"),
        ("[checkin]\nmethods = \"face,face\"\n", "checkin.methods"),
        ("[checkin]\nmethods = \"\"\n", "checkin.methods"),
        ("[liveness]\nmode = \"maybe\"\n", "liveness.mode"),
    ])
    func invalidValuesAreRefused(text: String, key: String) {
        let e = error { () throws(ConfigError) in try load(text) }
        #expect(e?.code == .invalidValue)
        #expect(e?.key == key)
        #expect(e?.line == 2)
    }

    @Test(arguments: ["https://asistencia.example.org", "http://127.0.0.1:8080", "http://localhost:8080", ""])
    func acceptedServerURLs(url: String) throws {
        let c = try load("[server]\nurl = \"\(url)\"\n")
        #expect(c.server.url == url)
    }

    @Test func emptyFileIsAnError() throws {
        let file = try temporaryFile(contents: "  \n\n")
        let e = error { () throws(ConfigError) in try ConfigLoader.load(file: file, environment: [:]) }
        #expect(e?.code == .empty)
        #expect(e?.file == file)
    }

    @Test func commentsOnlyFileTakesDefaults() throws {
        let c = try load("# nothing set\n")
        var defaults = KioskConfiguration()
        defaults.resolvePaths(against: "/srv/kiosk")
        #expect(c == defaults)
    }

    @Test func missingFileIsUnreadable() {
        let path = "/nonexistent-\(UUID().uuidString)/kiosk.conf"
        let e = error { () throws(ConfigError) in try ConfigLoader.load(file: path, environment: [:]) }
        #expect(e?.code == .unreadable)
        #expect(e?.description.hasPrefix(path) == true)
    }

    @Test func folderInsteadOfFileIsUnreadable() {
        let e = error { () throws(ConfigError) in try ConfigLoader.load(file: NSTemporaryDirectory(), environment: [:]) }
        #expect(e?.code == .unreadable)
    }

    @Test func invalidUTF8IsUnreadable() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).conf")
        try Data([0x5B, 0xFF, 0xFE, 0x5D]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let e = error { () throws(ConfigError) in try ConfigLoader.load(file: url.path, environment: [:]) }
        #expect(e?.code == .unreadable)
    }
}

@Suite struct EnvironmentOverrideTests {
    @Test func overridesApplyOverTheFile() throws {
        let c = try load("[recognition]\nthreshold = 0.45\n", environment: [
            "KIOSK_RECOGNITION_THRESHOLD": "0.4",
            "KIOSK_KIOSK_DEMO": "false",
            "KIOSK_CAMERA_DEVICE": "/dev/video2",
            "KIOSK_CONFIG": "/etc/asistencia/kiosk.conf",
            "HOME": "/root",
        ])
        #expect(c.recognition.threshold == 0.4)
        #expect(c.kiosk.demo == false)
        #expect(c.camera.device == "/dev/video2")
    }

    @Test func misspeltVariableIsAnErrorWithSuggestion() {
        let e = error { () throws(ConfigError) in try load("", environment: ["KIOSK_RECOGNITION_TRESHOLD": "0.4"]) }
        #expect(e?.code == .badEnvironment)
        #expect(e?.key == "KIOSK_RECOGNITION_TRESHOLD")
        #expect(e?.suggestion == "KIOSK_RECOGNITION_THRESHOLD")
    }

    @Test func unparsableValueNamesTheVariable() {
        let e = error { () throws(ConfigError) in try load("", environment: ["KIOSK_CAMERA_FPS": "fast"]) }
        #expect(e?.code == .badEnvironment)
        #expect(e?.key == "KIOSK_CAMERA_FPS")
        #expect(e?.expected == "an integer")
    }

    @Test func outOfRangeOverrideBlamesTheVariable() {
        let e = error { () throws(ConfigError) in try load("", environment: ["KIOSK_CAMERA_FPS": "500"]) }
        #expect(e?.code == .badEnvironment)
        #expect(e?.key == "KIOSK_CAMERA_FPS")
        #expect(e?.file == "environment")
    }
}

@Suite struct NearestNameTests {
    @Test(arguments: [("treshold", "threshold"), ("min_face", "min_face_px"), ("PORT", nil), ("zzzzzzzz", nil)])
    func suggestion(name: String, expected: String?) {
        let known = ["threshold", "margin", "min_face_px", "upsample", "workers"]
        #expect(NearestName.suggestion(for: name, among: known) == expected)
    }
}

private func temporaryFile(contents: String) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-\(UUID().uuidString).conf")
    try contents.write(to: url, atomically: true, encoding: .utf8)
    return url.path
}
