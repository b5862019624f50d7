import Attendance
public import Foundation
public import Vocabulary

/// `kiosk diagnose --health`: judges the running kiosk from its status file alone. It never opens the
/// database (a health check must not migrate, lock or move aside the file the kiosk is using).
public struct KioskHealth: Sendable {
    /// One reason the kiosk is not healthy.
    public struct Problem: Hashable, Sendable {
        public var text: Bilingual
    }

    /// The default largest age, in seconds, of the status file and of each sign of life in it.
    public static let defaultMaxAge: TimeInterval = 20

    /// Signs of life older than this many seconds are stale.
    public var maxAge: TimeInterval

    public init(maxAge: TimeInterval = Self.defaultMaxAge) {
        self.maxAge = maxAge
    }

    /// The problems of `status` at `now`; empty when healthy. `isRunning` says whether the status's process
    /// still exists.
    public func problems(of status: KioskStatus, now: Date, isRunning: Bool) -> [Problem] {
        guard isRunning else {
            return [Problem(text: Bilingual(es: "el quiosco (pid \(status.pid)) no está en marcha", en: "the kiosk (pid \(status.pid)) is not running"))]
        }
        var problems: [Problem] = []
        func stale(_ date: Date?, es: String, en: String) {
            let age = date.map { now.timeIntervalSince($0) }
            guard let age, age <= maxAge else {
                let seconds = age.map { "\(Int($0)) s" }
                problems.append(Problem(text: Bilingual(es: "\(es): \(seconds.map { "hace \($0)" } ?? "nunca")",
                                                        en: "\(en): \(seconds.map { "\($0) ago" } ?? "never")")))
                return
            }
        }
        stale(status.updatedAt, es: "el quiosco está parado (estado sin actualizar)", en: "the kiosk is stuck (status not updated)")
        stale(status.screenAliveAt, es: "la pantalla no responde (última vuelta)", en: "the screen does not respond (last round)")
        if status.cameraRunning {
            stale(status.lastFrameAt, es: "la cámara no da imágenes (última imagen)", en: "the camera gives no frames (last frame)")
        }
        if status.recognitionRunning {
            stale(status.recognitionAliveAt, es: "el reconocimiento no responde (último resultado)", en: "recognition does not respond (last result)")
        }
        return problems
    }

    /// Reads `path` and judges it at `now`.
    ///
    /// - Returns: the status read (nil when the file is missing or unreadable) and the problems.
    public func check(statusFile path: String, now: Date = Date()) -> (status: KioskStatus?, problems: [Problem]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return (nil, [Problem(text: Bilingual(es: "el quiosco no está en marcha: no existe \(path) (lo escribe `kiosk run`)",
                                                  en: "the kiosk is not running: \(path) does not exist (`kiosk run` writes it)"))])
        }
        let status: KioskStatus
        do {
            status = try KioskStatus.decode(data)
        } catch {
            return (nil, [Problem(text: Bilingual(es: "\(path) no se puede leer: \(error)", en: "\(path) cannot be read: \(error)"))])
        }
        return (status, problems(of: status, now: now, isRunning: Self.processExists(status.pid)))
    }

    /// True when a process with `pid` exists (signal 0 checks without sending anything).
    static func processExists(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
