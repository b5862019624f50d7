import Attendance
import Foundation
import KioskConfig
public import TerminalUI
import Synchronization
public import Vocabulary

/// The start-up panel while `kiosk.conf` cannot be used: the configuration phase failed, with the file, the
/// line, the key, what is wrong and the fix; every later phase pending. It looks at the file once a second
/// and ends when the file loads (the start-up then goes on with it) or on F10.
public struct ConfigurationScreen: TerminalApplication {
    public typealias Event = Never

    /// How often the file is read again.
    static let checkInterval: TimeInterval = 1

    private var watch: ConfigurationWatch
    private let language: Language
    private let latest: Latest
    private var lastCheck = Date.distantPast
    private var lastSecond = 0

    /// A screen over `watch`; the configuration that loads, or the problem still on screen, is handed over
    /// through `latest`.
    init(watch: ConfigurationWatch, language: Language, latest: Latest) {
        self.watch = watch
        self.language = language
        self.latest = latest
    }

    public mutating func handle(_ input: TerminalInput<Never>, context: TerminalContext) {
        switch input {
        case .key(.function(10)):
            context.quit()
        case .key:
            context.setNeedsRedraw()
        case .tick:
            let now = Date()
            if Int(now.timeIntervalSince1970) != lastSecond {
                lastSecond = Int(now.timeIntervalSince1970)
                context.setNeedsRedraw()
            }
            guard now.timeIntervalSince(lastCheck) >= Self.checkInterval else { return }
            lastCheck = now
            switch watch.check() {
            case .unchanged:
                break
            case .stillBroken(let error):
                latest.value.withLock { $0 = .failure(error) }
                context.setNeedsRedraw()
            case .fixed(let configuration):
                latest.value.withLock { $0 = .success(configuration) }
                context.quit()
            }
        }
    }

    public func draw(on canvas: inout Canvas, context: TerminalContext) {
        StartupPanel(snapshot: Self.snapshot(watch, language: language, now: Date())).render(in: canvas.bounds, on: &canvas)
    }

    /// The panel's snapshot: the configuration phase failed with the problem and its fix, the rest pending.
    static func snapshot(_ watch: ConfigurationWatch, language: Language, now: Date) -> KioskSnapshot {
        let lines = StartupPhase.allCases.map { phase in
            var line = StartupProgress.Line(phase: phase)
            if phase == .configuration {
                line.startedAt = now
                line.elapsed = 0
                line.fraction = 1
                // The message starts with FILE:LINE and names the key; the fix repeats where to edit.
                line.outcome = .failed(watch.error.bilingualMessage, fix: watch.fix)
            }
            return line
        }
        return KioskSnapshot(
            kioskName: watch.file ?? "kiosk", site: "", language: language, timeZone: .current, now: now,
            startup: lines, notices: [], startupFinished: false, frame: nil, faceBox: nil, lastVerdict: .noFace,
            cameraName: nil, cameraStatus: nil, cameraFPS: 0, message: nil, recent: [], shortStay: nil, staffOffer: nil,
            weekOffer: nil, queuedPunches: 0, syncLine: Bilingual(es: "", en: ""), recognitionAvailable: false)
    }

    /// The configuration that loaded, or the problem still on screen, read by the session's caller.
    final class Latest: Sendable {
        let value: Mutex<Result<KioskConfiguration, ConfigError>>
        init(_ error: ConfigError) { value = Mutex(.failure(error)) }
    }
}
