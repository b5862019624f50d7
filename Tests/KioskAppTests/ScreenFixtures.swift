import Attendance
import Camera
import FaceEngine
import Foundation
import KioskStore
import TerminalUI
@testable import KioskApp
import Vocabulary

/// Hand-made snapshots and records for the screen tests: Monday 30 Nov 2026, 08:03:12 in Madrid.
enum ScreenFixtures {
    static let zone = TimeZone(identifier: "Europe/Madrid")!

    static func date(_ hour: Int, _ minute: Int, _ second: Int = 0, day: Int = 30) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: DateComponents(year: 2026, month: 11, day: day, hour: hour, minute: minute, second: second))!
    }

    static let now = date(8, 3, 12)
    static let today = LocalDate(year: 2026, month: 11, day: 30)

    /// A 64×48 frame: a grey gradient with a brighter square where the face box goes.
    static func frame(sequence: UInt64 = 7) -> Frame {
        let width = 64, height = 48
        var pixels = [UInt8](repeating: 0, count: width * height * 3)
        for y in 0..<height {
            for x in 0..<width {
                let value = UInt8((x * 255) / width)
                let inside = x >= 20 && x < 44 && y >= 10 && y < 38
                let i = (y * width + x) * 3
                pixels[i] = inside ? 220 : value
                pixels[i + 1] = inside ? 180 : value
                pixels[i + 2] = inside ? 150 : value
            }
        }
        return Frame(width: width, height: height, stride: width * 3, pixels: pixels, timestamp: .zero, sequence: sequence)
    }

    /// Every start-up phase done well, except those given in `outcomes`.
    static func startupLines(finished: Bool = true, outcomes: [StartupPhase: PhaseOutcome] = [:], running: StartupPhase? = nil) -> [StartupProgress.Line] {
        StartupPhase.allCases.map { phase in
            var line = StartupProgress.Line(phase: phase)
            if let running, phase == running {
                line.startedAt = now.addingTimeInterval(-1.5)
                line.fraction = 0.4
                line.activity = Bilingual(es: "verificando SHA-256", en: "verifying SHA-256")
                return line
            }
            if let running, phase > running { return line }
            guard finished || running != nil else { return line }
            line.startedAt = now.addingTimeInterval(-10 + Double(phase.rawValue))
            line.elapsed = 0.25 + Double(phase.rawValue) / 10
            line.fraction = 1
            line.outcome = outcomes[phase] ?? .ok(Bilingual(es: "detalle de \(phase)", en: "detail of \(phase)"))
            return line
        }
    }

    static func snapshot(
        language: Language = .es,
        message: CheckInMessage? = CheckInMessage(text: "Buenos días, Ana — entrada 08:03, a tiempo", tone: .success, shownAt: date(8, 3, 10)),
        withCamera: Bool = true,
        startupFinished: Bool = true,
        startup: [StartupProgress.Line]? = nil,
        notices: [Bilingual] = [],
        shortStay: ShortStayQuestion? = nil
    ) -> KioskSnapshot {
        KioskSnapshot(
            kioskName: "Puerta principal",
            site: "Sede central",
            language: language,
            timeZone: zone,
            now: now,
            startup: startup ?? startupLines(),
            notices: notices,
            startupFinished: startupFinished,
            frame: withCamera ? frame() : nil,
            faceBox: withCamera ? FaceBox(left: 20, top: 10, right: 43, bottom: 37) : nil,
            lastVerdict: withCamera ? .match(code: "E003", distance: 0.31) : .noFace,
            cameraName: withCamera ? "replay:test" : nil,
            cameraStatus: withCamera ? .streaming : nil,
            cameraFPS: withCamera ? 15 : 0,
            message: message,
            recent: [RecentPunch(name: "Ana Pérez", kind: .entry, method: .face, instant: date(8, 3, 10)),
                     RecentPunch(name: "Barack Obama", kind: .exit, method: .pin, instant: date(7, 58))],
            shortStay: shortStay,
            queuedPunches: 2,
            syncLine: Bilingual(es: "sin servidor — 2 en local", en: "standalone — 2 kept locally"),
            recognitionAvailable: withCamera
        )
    }

    static func record(_ code: String, _ name: String, shift: String, status: DayStatus, inAt: Date?, outAt: Date? = nil,
                       late: Int = 0, worked: Int = 0, flags: DayFlags = []) -> DayRecord {
        DayRecord(employee: Employee(code: EmployeeCode(code), name: name), date: today, shiftName: shift, firstIn: inAt,
                  lastOut: outAt, status: status, minutesLate: late, minutesWorked: worked, flags: flags)
    }

    static let records = [
        record("E001", "Barack Obama", shift: "Completo", status: .onTime, inAt: date(7, 58), outAt: date(17, 2), worked: 544),
        record("E002", "Eileen Collins", shift: "Completo", status: .late, inAt: date(8, 25), late: 25, worked: 0, flags: [.late]),
        record("E003", "Ana Pérez", shift: "Mañana", status: .absent, inAt: nil),
        record("E004", "Luis Gómez", shift: "Mañana", status: .open, inAt: date(6, 2)),
    ]

    static func summary() -> DaySummary {
        DaySummary(date: today, records: records, totals: DayTotals.totals(records))
    }

    static func render(_ widget: some Widget, width: Int, height: Int) -> Canvas {
        var canvas = Canvas(size: Size(width: width, height: height))
        widget.render(in: canvas.bounds, on: &canvas)
        return canvas
    }
}
