import Attendance
import Foundation

/// Shared test data: Madrid time, the usual shifts, and builders that read times as Madrid wall clock
/// through `Calendar` (an implementation independent of the rules' own arithmetic).
enum Fixtures {
    static let madrid = TimeZone(identifier: "Europe/Madrid")!
    static let rules = PunchRules(timeZone: madrid)

    static let manana = Shift(name: "Mañana", start: LocalTime(hour: 6), end: LocalTime(hour: 14))
    static let tarde = Shift(name: "Tarde", start: LocalTime(hour: 14), end: LocalTime(hour: 22))
    static let noche = Shift(name: "Noche", start: LocalTime(hour: 22), end: LocalTime(hour: 6))
    static let oficina = Shift(name: "Oficina", start: LocalTime(hour: 8), end: LocalTime(hour: 17))
    static let shifts = [manana, tarde, noche, oficina]

    static let ana = Employee(code: EmployeeCode("E001"), name: "Ana Pérez")
    static let luis = Employee(code: EmployeeCode("E002"), name: "Luis Gómez")
    static let marta = Employee(code: EmployeeCode("E003"), name: "Marta Ruiz")

    /// Every weekday on `shift` with the default tolerances.
    static func everyDay(_ employee: Employee, _ shift: Shift, entryTolerance: Int = 15, exitTolerance: Int = 15) -> [Schedule] {
        Weekday.allCases.map {
            Schedule(employee: employee.code, weekday: $0, shiftName: shift.name,
                     entryToleranceMinutes: entryTolerance, exitToleranceMinutes: exitTolerance)
        }
    }

    /// The instant the Madrid wall clock shows `text` ("2026-03-02 08:03" or with ":SS").
    static func at(_ text: String) -> Date {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == ":" }).map { Int($0)! }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = madrid
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: parts[3], minute: parts[4],
                                        second: parts.count > 5 ? parts[5] : 0)
        return calendar.date(from: components)!
    }

    /// `YYYY-MM-DD`.
    static func day(_ text: String) -> LocalDate { LocalDate(text)! }

    /// A recorded punch as a door would have stored it.
    static func punch(
        _ employee: Employee, _ kind: PunchKind, _ time: String, date: String? = nil, shift: Shift? = nil,
        flags: PunchFlags = [], sequence: Int64 = 1, kiosk: String = "K1", id: UUID = UUID()
    ) -> Punch {
        let instant = at(time)
        return Punch(id: id, kioskID: kiosk, sequence: sequence, employee: employee.code, instant: instant,
                     localDate: date.map(day) ?? rules.localDate(of: instant), kind: kind, method: .face,
                     shiftName: shift?.name, flags: flags)
    }

    /// The draft of a `.record` decision, nil otherwise.
    static func recorded(_ decision: PunchDecision) -> PunchDraft? {
        if case .record(let draft) = decision { return draft }
        return nil
    }
}
