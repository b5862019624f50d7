import Attendance
import Foundation
import KioskStore
import Vocabulary

extension CheckInService {
    /// The week of the person the key bar offers it to (F5 after their punch), Monday to today, from this
    /// kiosk's records. Nobody else's week can be asked for: only the offer's person, while it is open.
    ///
    /// - Throws: `CheckInMessageFailure` when no week is on offer or the database cannot be read.
    func offeredWeek() async throws -> WeekView {
        let now = clock()
        guard let offer = door.state.withLock({ $0.weekOffer }), offer.isOpen(at: now) else {
            throw CheckInMessageFailure(CheckInMessage(text: Bilingual(es: "Fiche primero para ver su semana",
                                                                       en: "Check in first to see your week").text(language),
                                                       tone: .attention, shownAt: now))
        }
        guard let employee = try await store.employee(offer.code) else {
            throw CheckInMessageFailure(CheckInMessage(text: Bilingual(es: "Empleado \(offer.code) desconocido",
                                                                       en: "Unknown employee \(offer.code)").text(language), tone: .failure))
        }
        let today = door.today(now: now)
        let monday = today.adding(days: 1 - today.weekday.rawValue)
        var days: [DayRecord] = []
        var day = monday
        while day <= today {
            let summary = try await store.daySummary(for: day, now: now)
            if let record = summary.records.first(where: { $0.employee.code == offer.code }) {
                days.append(record)
            }
            day = day.adding(days: 1)
        }
        logger.info("week shown", metadata: ["employee": "\(offer.code)", "days": "\(days.count)"])
        return WeekView(employee: employee, days: days)
    }
}
