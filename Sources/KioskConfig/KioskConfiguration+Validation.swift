import Attendance
import Foundation
import Vocabulary

/// A value the configuration cannot run with.
struct ConfigProblem: Hashable, Sendable {
    var kind: ConfigError.Code
    /// `section.key`.
    var path: String
    var found: String
    var expected: String
}

extension KioskConfiguration {
    /// The first value out of range or otherwise unusable, in file order.
    func firstProblem() -> ConfigProblem? {
        var problems: [ConfigProblem] = []
        func range<T: Comparable>(_ path: String, _ value: T, _ bounds: ClosedRange<T>, _ unit: String) {
            if !bounds.contains(value) {
                problems.append(ConfigProblem(kind: .outOfRange, path: path, found: "\(value)",
                                              expected: "\(bounds.lowerBound) … \(bounds.upperBound) \(unit)"))
            }
        }
        func invalid(_ path: String, _ found: String, _ expected: String) {
            problems.append(ConfigProblem(kind: .invalidValue, path: path, found: found, expected: expected))
        }
        func path(_ key: String, _ value: String) {
            if value.isEmpty || value.contains("\0") { invalid(key, "\"\(value)\"", "a file or folder path") }
        }

        if kiosk.name.trimmingWhitespace().isEmpty { invalid("kiosk.name", "\"\"", "a name for this door") }
        if Language(rawValue: kiosk.language) == nil { invalid("kiosk.language", "\"\(kiosk.language)\"", "\"es\" or \"en\"") }
        if TimeZone(identifier: kiosk.timeZone) == nil {
            invalid("kiosk.time_zone", "\"\(kiosk.timeZone)\"", "an IANA time zone such as \"Europe/Madrid\"")
        }
        path("kiosk.log_file", kiosk.logFile)
        path("kiosk.demo_photos", kiosk.demoPhotos)
        path("kiosk.status_file", kiosk.statusFile)

        let device = camera.device
        if !(device == "auto" || device.hasPrefix("/") || (device.hasPrefix("replay:") && device.count > 7)) {
            invalid("camera.device", "\"\(device)\"", "\"auto\", a device path such as \"/dev/video0\", or \"replay:PATH\"")
        }
        path("camera.fallback_replay", camera.fallbackReplay)
        range("camera.width", camera.width, 160...4096, "pixels")
        range("camera.height", camera.height, 120...2160, "pixels")
        range("camera.fps", camera.fps, 1...120, "frames per second")

        path("recognition.models_dir", recognition.modelsDir)
        range("recognition.threshold", recognition.threshold, 0.2...1.0, "(descriptor distance)")
        range("recognition.margin", recognition.margin, 0.0...0.5, "(descriptor distance)")
        range("recognition.min_face_px", recognition.minFacePx, 40...2000, "pixels")
        range("recognition.upsample", recognition.upsample, 0...2, "steps")
        range("recognition.confirm_window", recognition.confirmWindow, 1...10, "frames")
        range("recognition.confirm_frames", recognition.confirmFrames, 1...max(1, recognition.confirmWindow),
              "frames (at most confirm_window)")
        range("recognition.workers", recognition.workers, 1...8, "threads")
        range("recognition.debounce_seconds", recognition.debounceSeconds, 0...3600, "seconds")
        range("recognition.min_work_minutes", recognition.minWorkMinutes, 0...240, "minutes")

        path("database.path", database.path)

        if !server.url.isEmpty {
            if let problem = Self.serverURLProblem(server.url) { invalid("server.url", "\"\(server.url)\"", problem) }
        }
        path("server.token_file", server.tokenFile)
        range("server.sync_interval_seconds", server.syncIntervalSeconds, 5...86_400, "seconds")

        range("security.pin_lockout_tries", security.pinLockoutTries, 1...20, "tries")
        range("security.pin_lockout_minutes", security.pinLockoutMinutes, 1...1440, "minutes")

        range("checkin.confirm_seconds", checkin.confirmSeconds, 2...120, "seconds")
        let words = checkin.methods.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        if words.isEmpty || words.contains(where: { !["face", "badge", "pin"].contains($0) }) || Set(words).count != words.count {
            invalid("checkin.methods", "\"\(checkin.methods)\"", "one or more of face, badge, pin, comma-separated, e.g. \"face,badge,pin\"")
        }
        if liveness.mode != "on" && liveness.mode != "off" { invalid("liveness.mode", "\"\(liveness.mode)\"", "\"on\" or \"off\"") }
        range("liveness.window_seconds", liveness.windowSeconds, 1...10, "seconds")
        return problems.first
    }

    /// Why a server URL is refused, or nil. Templates and PINs travel: plain HTTP only to this machine.
    static func serverURLProblem(_ text: String) -> String? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty else {
            return "an https:// URL such as \"https://asistencia.example.org\", or \"\" for a standalone kiosk"
        }
        switch scheme {
        case "https": return nil
        case "http":
            let loopback = host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
            return loopback ? nil : "https:// (plain http:// is accepted for loopback only: face templates and PIN hashes travel)"
        default:
            return "an http(s) URL"
        }
    }

    /// Makes every relative path absolute against `directory` (the configuration file's folder).
    mutating func resolvePaths(against directory: String) {
        func absolute(_ path: String) -> String {
            path.hasPrefix("/") ? path : URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: directory, isDirectory: true)).standardizedFileURL.path
        }
        kiosk.logFile = absolute(kiosk.logFile)
        kiosk.demoPhotos = absolute(kiosk.demoPhotos)
        kiosk.statusFile = absolute(kiosk.statusFile)
        camera.fallbackReplay = absolute(camera.fallbackReplay)
        if camera.device.hasPrefix("replay:") {
            camera.device = "replay:" + absolute(String(camera.device.dropFirst("replay:".count)))
        }
        recognition.modelsDir = absolute(recognition.modelsDir)
        database.path = absolute(database.path)
        server.tokenFile = absolute(server.tokenFile)
    }
}
