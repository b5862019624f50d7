import Foundation
import Vocabulary

extension Diagnostics {
    /// The clock and time zone: punches are stamped with this clock, so a box that lost its time (no RTC
    /// battery, no NTP) records nonsense.
    func clockCheck() -> DiagnosticCheck {
        let title = Bilingual(es: "Reloj", en: "Clock")
        let zone = TimeZone(identifier: configuration.kiosk.timeZone) ?? .current
        let now = Date()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: now)
        let shown = String(format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
        let offset = zone.secondsFromGMT(for: now) / 60
        let utcOffset = String(format: "UTC%@%02d:%02d", offset < 0 ? "-" : "+", abs(offset) / 60, abs(offset) % 60)
        let detail = Bilingual(es: "\(shown) \(zone.identifier) (\(utcOffset))", en: "\(shown) \(zone.identifier) (\(utcOffset))")
        // Before this project existed: the clock was never set.
        if (c.year ?? 0) < 2025 {
            return DiagnosticCheck(id: "clock", title: title, verdict: .failed, detail: detail,
                                   fix: Bilingual(es: "ponga en hora el equipo y active NTP (timedatectl set-ntp true)",
                                                  en: "set the time and enable NTP (timedatectl set-ntp true)"))
        }
        return DiagnosticCheck(id: "clock", title: title, verdict: .ok, detail: detail)
    }
}
