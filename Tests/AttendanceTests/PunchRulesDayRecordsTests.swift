import Attendance
import Foundation
import Testing

/// `PunchRules.dayRecords`: status, lateness, worked time, flags and corrections for one employee's day.
struct PunchRulesDayRecordsTests {
    /// One row of the table: Ana's day on `date`.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        var date = "2026-03-02"
        var schedules: [Schedule] = Fixtures.everyDay(Fixtures.ana, Fixtures.oficina)
        var punches: [Punch] = []
        var corrections: [Correction] = []
        let now: String
        let status: DayStatus
        var late = 0
        var worked = 0
        var flags: DayFlags = []
        var firstIn: String?
        var lastOut: String?
        var shift: String? = "Oficina"
        var testDescription: String { name }
    }

    private static let a = Fixtures.ana
    private static let oficina = Fixtures.oficina
    private static func p(_ kind: PunchKind, _ time: String, shift: Shift? = Fixtures.oficina, date: String = "2026-03-02",
                          flags: PunchFlags = [], sequence: Int64 = 1, id: UUID = UUID()) -> Punch {
        Fixtures.punch(Fixtures.ana, kind, time, date: date, shift: shift, flags: flags, sequence: sequence, id: id)
    }
    private static func fix(_ action: Correction.Action) -> Correction {
        Correction(employee: Fixtures.ana.code, action: action, reason: "olvidó fichar", supervisor: EmployeeCode("S001"),
                   madeAt: Fixtures.at("2026-03-02 18:30"))
    }
    private static let wrongEntry = UUID()

    static let cases: [Case] = [
        Case(name: "on time, full day", punches: [p(.entry, "2026-03-02 07:58"), p(.exit, "2026-03-02 17:01", sequence: 2)],
             now: "2026-03-02 20:00", status: .onTime, worked: 543, firstIn: "2026-03-02 07:58", lastOut: "2026-03-02 17:01"),
        Case(name: "exactly at the tolerance is on time", punches: [p(.entry, "2026-03-02 08:15"), p(.exit, "2026-03-02 17:00", sequence: 2)],
             now: "2026-03-02 20:00", status: .onTime, worked: 525, firstIn: "2026-03-02 08:15", lastOut: "2026-03-02 17:00"),
        Case(name: "one minute after the tolerance is late by 16", punches: [p(.entry, "2026-03-02 08:16"), p(.exit, "2026-03-02 17:00", sequence: 2)],
             now: "2026-03-02 20:00", status: .late, late: 16, worked: 524, flags: .late, firstIn: "2026-03-02 08:16", lastOut: "2026-03-02 17:00"),
        Case(name: "early leave", punches: [p(.entry, "2026-03-02 08:00"), p(.exit, "2026-03-02 16:44", sequence: 2)],
             now: "2026-03-02 20:00", status: .earlyLeave, worked: 524, flags: .earlyLeave, firstIn: "2026-03-02 08:00", lastOut: "2026-03-02 16:44"),
        Case(name: "late and early: status early leave, lateness kept", punches: [p(.entry, "2026-03-02 08:30"), p(.exit, "2026-03-02 16:00", sequence: 2)],
             now: "2026-03-02 20:00", status: .earlyLeave, late: 30, worked: 450, flags: [.late, .earlyLeave],
             firstIn: "2026-03-02 08:30", lastOut: "2026-03-02 16:00"),
        Case(name: "in now, window open", punches: [p(.entry, "2026-03-02 08:00")], now: "2026-03-02 12:00", status: .open,
             firstIn: "2026-03-02 08:00"),
        Case(name: "in now and late", punches: [p(.entry, "2026-03-02 08:40")], now: "2026-03-02 12:00", status: .open, late: 40,
             flags: .late, firstIn: "2026-03-02 08:40"),
        Case(name: "still open just before the window closes", punches: [p(.entry, "2026-03-02 08:00")], now: "2026-03-02 17:59",
             status: .open, firstIn: "2026-03-02 08:00"),
        Case(name: "entry left open after the window: missing exit, none invented", punches: [p(.entry, "2026-03-02 08:00")],
             now: "2026-03-02 18:00", status: .onTime, flags: .missingExit, firstIn: "2026-03-02 08:00"),
        Case(name: "absent: scheduled, no entry by the end of the day", now: "2026-03-03 00:00", status: .absent),
        Case(name: "after the shift's end, absence waits for the end of the day", now: "2026-03-02 17:00", status: .pending),
        Case(name: "a minute before midnight still pending", now: "2026-03-02 23:59", status: .pending),
        Case(name: "pending: scheduled, shift not over, no entry yet", now: "2026-03-02 16:59", status: .pending),
        Case(name: "pending before the shift even starts", now: "2026-03-02 06:00", status: .pending),
        Case(name: "an entry after the shift ended is still an absence", punches: [p(.entry, "2026-03-02 17:30")],
             now: "2026-03-02 17:40", status: .absent, firstIn: "2026-03-02 17:30"),
        Case(name: "several pairs add up", punches: [
                p(.entry, "2026-03-02 08:00", sequence: 1), p(.exit, "2026-03-02 12:00", sequence: 2),
                p(.entry, "2026-03-02 12:45", sequence: 3), p(.exit, "2026-03-02 14:00", sequence: 4),
                p(.entry, "2026-03-02 14:30", sequence: 5), p(.exit, "2026-03-02 17:10", sequence: 6),
             ], now: "2026-03-02 20:00", status: .onTime, worked: 240 + 75 + 160, firstIn: "2026-03-02 08:00", lastOut: "2026-03-02 17:10"),
        Case(name: "punches given out of order are sorted", punches: [p(.exit, "2026-03-02 17:00", sequence: 2), p(.entry, "2026-03-02 08:00")],
             now: "2026-03-02 20:00", status: .onTime, worked: 540, firstIn: "2026-03-02 08:00", lastOut: "2026-03-02 17:00"),
        Case(name: "seconds are summed before truncating", punches: [
                p(.entry, "2026-03-02 08:00:40", sequence: 1), p(.exit, "2026-03-02 12:00:10", sequence: 2),
                p(.entry, "2026-03-02 13:00:40", sequence: 3), p(.exit, "2026-03-02 17:00:10", sequence: 4),
             ], now: "2026-03-02 20:00", status: .onTime, worked: 479, firstIn: "2026-03-02 08:00:40", lastOut: "2026-03-02 17:00:10"),
        Case(name: "two entries in a row: the first lacks its exit", punches: [
                p(.entry, "2026-03-02 08:00", sequence: 1), p(.entry, "2026-03-02 13:00", sequence: 2), p(.exit, "2026-03-02 17:00", sequence: 3),
             ], now: "2026-03-02 20:00", status: .onTime, worked: 240, flags: .missingExit, firstIn: "2026-03-02 08:00", lastOut: "2026-03-02 17:00"),
        Case(name: "an exit from another door with no entry", punches: [p(.exit, "2026-03-02 17:00")], now: "2026-03-03 08:00",
             status: .absent, flags: .exitWithoutEntry, lastOut: "2026-03-02 17:00"),
        Case(name: "a punch before the window keeps its flag", punches: [
                p(.entry, "2026-03-02 06:30", shift: nil, flags: .outsideWindow), p(.exit, "2026-03-02 17:00", sequence: 2),
             ], now: "2026-03-02 20:00", status: .onTime, worked: 630, flags: .outsideWindow, firstIn: "2026-03-02 06:30", lastOut: "2026-03-02 17:00"),
        Case(name: "punches of other days are ignored", punches: [
                p(.entry, "2026-03-01 08:00", date: "2026-03-01"), p(.exit, "2026-03-03 17:00", date: "2026-03-03", sequence: 2),
             ], now: "2026-03-03 00:00", status: .absent),

        // Not scheduled.
        Case(name: "no schedule, punched: not scheduled and flagged", schedules: [], punches: [
                p(.entry, "2026-03-02 09:00", shift: nil, flags: .outsideWindow), p(.exit, "2026-03-02 13:00", shift: nil, flags: .outsideWindow, sequence: 2),
             ], now: "2026-03-02 20:00", status: .notScheduled, worked: 240, flags: .outsideWindow,
             firstIn: "2026-03-02 09:00", lastOut: "2026-03-02 13:00", shift: nil),
        Case(name: "no schedule and in now: open", schedules: [], punches: [p(.entry, "2026-03-02 09:00", shift: nil, flags: .outsideWindow)],
             now: "2026-03-02 12:00", status: .open, flags: .outsideWindow, firstIn: "2026-03-02 09:00", shift: nil),
        Case(name: "no schedule, entry left open 16 h: missing exit", schedules: [],
             punches: [p(.entry, "2026-03-02 09:00", shift: nil, flags: .outsideWindow)],
             now: "2026-03-03 01:00", status: .notScheduled, flags: [.outsideWindow, .missingExit], firstIn: "2026-03-02 09:00", shift: nil),

        // Night shift and DST (the record is on the day the shift starts).
        Case(name: "night shift across midnight", date: "2026-03-02", schedules: Fixtures.everyDay(a, Fixtures.noche), punches: [
                p(.entry, "2026-03-02 21:55", shift: Fixtures.noche), p(.exit, "2026-03-03 06:05", shift: Fixtures.noche, sequence: 2),
             ], now: "2026-03-03 09:00", status: .onTime, worked: 490, firstIn: "2026-03-02 21:55", lastOut: "2026-03-03 06:05", shift: "Noche"),
        Case(name: "night shift still in after midnight", date: "2026-03-02", schedules: Fixtures.everyDay(a, Fixtures.noche),
             punches: [p(.entry, "2026-03-02 22:00", shift: Fixtures.noche)], now: "2026-03-03 03:00", status: .open,
             firstIn: "2026-03-02 22:00", shift: "Noche"),
        Case(name: "night absent only after 06:00", date: "2026-03-02", schedules: Fixtures.everyDay(a, Fixtures.noche),
             now: "2026-03-03 05:59", status: .pending, shift: "Noche"),
        Case(name: "spring-forward night: 7 real hours", date: "2026-03-28", schedules: Fixtures.everyDay(a, Fixtures.noche), punches: [
                p(.entry, "2026-03-28 22:00", shift: Fixtures.noche, date: "2026-03-28"),
                p(.exit, "2026-03-29 06:00", shift: Fixtures.noche, date: "2026-03-28", sequence: 2),
             ], now: "2026-03-29 09:00", status: .onTime, worked: 420, firstIn: "2026-03-28 22:00", lastOut: "2026-03-29 06:00", shift: "Noche"),
        Case(name: "fall-back night: 9 real hours", date: "2026-10-24", schedules: Fixtures.everyDay(a, Fixtures.noche), punches: [
                p(.entry, "2026-10-24 22:00", shift: Fixtures.noche, date: "2026-10-24"),
                p(.exit, "2026-10-25 06:00", shift: Fixtures.noche, date: "2026-10-24", sequence: 2),
             ], now: "2026-10-25 09:00", status: .onTime, worked: 540, firstIn: "2026-10-24 22:00", lastOut: "2026-10-25 06:00", shift: "Noche"),
        Case(name: "fall-back night: leaving at 05:30 is early", date: "2026-10-24", schedules: Fixtures.everyDay(a, Fixtures.noche), punches: [
                p(.entry, "2026-10-24 22:00", shift: Fixtures.noche, date: "2026-10-24"),
                p(.exit, "2026-10-25 05:30", shift: Fixtures.noche, date: "2026-10-24", sequence: 2),
             ], now: "2026-10-25 09:00", status: .earlyLeave, worked: 510, flags: .earlyLeave,
             firstIn: "2026-10-24 22:00", lastOut: "2026-10-25 05:30", shift: "Noche"),

        // Back-to-back shifts make one record.
        Case(name: "double shift Mañana + Tarde", schedules: Fixtures.everyDay(a, Fixtures.manana) + Fixtures.everyDay(a, Fixtures.tarde), punches: [
                p(.entry, "2026-03-02 06:05", shift: Fixtures.manana), p(.exit, "2026-03-02 14:00", shift: Fixtures.manana, sequence: 2),
                p(.entry, "2026-03-02 14:02", shift: Fixtures.tarde, sequence: 3), p(.exit, "2026-03-02 22:00", shift: Fixtures.tarde, sequence: 4),
             ], now: "2026-03-02 23:30", status: .onTime, worked: 475 + 478, firstIn: "2026-03-02 06:05", lastOut: "2026-03-02 22:00",
             shift: "Mañana + Tarde"),

        // Corrections.
        Case(name: "an added exit closes the day", punches: [p(.entry, "2026-03-02 08:00")],
             corrections: [fix(.add(kind: .exit, instant: Fixtures.at("2026-03-02 17:00")))], now: "2026-03-02 20:00",
             status: .onTime, worked: 540, flags: .corrected, firstIn: "2026-03-02 08:00", lastOut: "2026-03-02 17:00"),
        Case(name: "an added entry turns an absence into a day", corrections: [
                fix(.add(kind: .entry, instant: Fixtures.at("2026-03-02 08:20"))), fix(.add(kind: .exit, instant: Fixtures.at("2026-03-02 17:00"))),
             ], now: "2026-03-02 20:00", status: .late, late: 20, worked: 520, flags: [.corrected, .late],
             firstIn: "2026-03-02 08:20", lastOut: "2026-03-02 17:00"),
        Case(name: "a voided wrong entry removes the lateness", punches: [
                p(.entry, "2026-03-02 07:59", sequence: 1), p(.entry, "2026-03-02 09:00", sequence: 2, id: wrongEntry),
                p(.exit, "2026-03-02 17:00", sequence: 3),
             ], corrections: [fix(.void(punchID: wrongEntry))], now: "2026-03-02 20:00", status: .onTime, worked: 541,
             flags: .corrected, firstIn: "2026-03-02 07:59", lastOut: "2026-03-02 17:00"),
        Case(name: "void and add: a wrong entry replaced by an exit", punches: [
                p(.entry, "2026-03-02 08:00", sequence: 1), p(.entry, "2026-03-02 17:00", sequence: 2, id: wrongEntry),
             ], corrections: [fix(.void(punchID: wrongEntry)), fix(.add(kind: .exit, instant: Fixtures.at("2026-03-02 17:00")))],
             now: "2026-03-02 20:00", status: .onTime, worked: 540, flags: .corrected, firstIn: "2026-03-02 08:00", lastOut: "2026-03-02 17:00"),
        Case(name: "an added night exit after midnight belongs to the start day", schedules: Fixtures.everyDay(a, Fixtures.noche),
             punches: [p(.entry, "2026-03-02 22:00", shift: Fixtures.noche)],
             corrections: [fix(.add(kind: .exit, instant: Fixtures.at("2026-03-03 06:00")))], now: "2026-03-03 09:00",
             status: .onTime, worked: 480, flags: .corrected, firstIn: "2026-03-02 22:00", lastOut: "2026-03-03 06:00", shift: "Noche"),
        Case(name: "a voided punch of another employee changes nothing", punches: [p(.entry, "2026-03-02 08:00"), p(.exit, "2026-03-02 17:00", sequence: 2)],
             corrections: [fix(.void(punchID: UUID()))], now: "2026-03-02 20:00", status: .onTime, worked: 540,
             firstIn: "2026-03-02 08:00", lastOut: "2026-03-02 17:00"),
    ]

    @Test("day record", arguments: cases)
    func dayRecord(row: Case) throws {
        let records = Fixtures.rules.dayRecords(for: Fixtures.day(row.date), employees: [Fixtures.ana], schedules: row.schedules,
                                                shifts: Fixtures.shifts, punches: row.punches, corrections: row.corrections,
                                                now: Fixtures.at(row.now))
        #expect(records.count == 1)
        let record = try #require(records.first)
        #expect(record.employee == Fixtures.ana)
        #expect(record.date == Fixtures.day(row.date))
        #expect(record.status == row.status)
        #expect(record.minutesLate == row.late)
        #expect(record.minutesWorked == row.worked)
        #expect(record.flags == row.flags)
        #expect(record.firstIn == row.firstIn.map(Fixtures.at))
        #expect(record.lastOut == row.lastOut.map(Fixtures.at))
        #expect(record.shiftName == row.shift)
    }

    @Test("required minutes follow the real shift length or the schedule", arguments: [
        ("2026-03-02", Fixtures.noche, nil, 480),
        ("2026-03-28", Fixtures.noche, nil, 420),
        ("2026-10-24", Fixtures.noche, nil, 540),
        ("2026-03-02", Fixtures.oficina, 480, 480),
    ] as [(String, Shift, Int?, Int)])
    func requiredMinutes(date: String, shift: Shift, required: Int?, expected: Int) {
        let schedules = Weekday.allCases.map { Schedule(employee: Fixtures.ana.code, weekday: $0, shiftName: shift.name, requiredMinutes: required) }
        let records = Fixtures.rules.dayRecords(for: Fixtures.day(date), employees: [Fixtures.ana], schedules: schedules, shifts: Fixtures.shifts,
                                                punches: [], corrections: [], now: Fixtures.at(date + " 00:00"))
        #expect(records.map(\.requiredMinutes) == [expected])
    }

    @Test("who appears: scheduled or punched, active, known, once, in the given order")
    func whoAppears() {
        let inactive = Employee(code: EmployeeCode("E004"), name: "Baja Temporal", active: false)
        let schedules = Fixtures.everyDay(Fixtures.luis, Fixtures.oficina) + Fixtures.everyDay(inactive, Fixtures.oficina)
        let punches = [
            Fixtures.punch(Fixtures.marta, .entry, "2026-03-02 10:00", flags: .outsideWindow),
            Fixtures.punch(Employee(code: EmployeeCode("X999"), name: "?"), .entry, "2026-03-02 10:00"),
        ]
        let records = Fixtures.rules.dayRecords(for: Fixtures.day("2026-03-02"), employees: [Fixtures.marta, Fixtures.ana, inactive, Fixtures.luis, Fixtures.marta],
                                                schedules: schedules, shifts: Fixtures.shifts, punches: punches, corrections: [],
                                                now: Fixtures.at("2026-03-03 00:30"))
        #expect(records.map(\.employee.code) == [Fixtures.marta.code, Fixtures.luis.code])
        #expect(records.map(\.status) == [.open, .absent])
    }

    @Test("corrections leave the original punches untouched and only change the record")
    func correctionsKeepOriginals() {
        let wrong = Fixtures.punch(Fixtures.ana, .entry, "2026-03-02 09:30", shift: Fixtures.oficina)
        let punches = [wrong]
        let corrections = [
            Correction(employee: Fixtures.ana.code, action: .void(punchID: wrong.id), reason: "reconocido por error",
                       supervisor: EmployeeCode("S001"), madeAt: Fixtures.at("2026-03-02 18:00")),
            Correction(employee: Fixtures.ana.code, action: .add(kind: .entry, instant: Fixtures.at("2026-03-02 08:00")),
                       reason: "entró por la puerta de carga", supervisor: EmployeeCode("S001"), madeAt: Fixtures.at("2026-03-02 18:00")),
        ]
        let schedules = Fixtures.everyDay(Fixtures.ana, Fixtures.oficina)
        func day(_ corrections: [Correction]) -> DayRecord? {
            Fixtures.rules.dayRecords(for: Fixtures.day("2026-03-02"), employees: [Fixtures.ana], schedules: schedules, shifts: Fixtures.shifts,
                                      punches: punches, corrections: corrections, now: Fixtures.at("2026-03-02 12:00")).first
        }
        let before = day([])
        let after = day(corrections)
        #expect(before?.status == .open)
        #expect(before?.minutesLate == 90)
        #expect(after?.status == .open)
        #expect(after?.minutesLate == 0)
        #expect(after?.firstIn == Fixtures.at("2026-03-02 08:00"))
        #expect(after?.flags == .corrected)
        #expect(punches == [wrong])
    }

    @Test("totals count each status and add up the minutes")
    func totals() {
        let employees = [Fixtures.ana, Fixtures.luis, Fixtures.marta]
        let schedules = employees.flatMap { Fixtures.everyDay($0, Fixtures.oficina) }
        let punches = [
            Fixtures.punch(Fixtures.ana, .entry, "2026-03-02 08:00", shift: Fixtures.oficina, sequence: 1),
            Fixtures.punch(Fixtures.ana, .exit, "2026-03-02 17:00", shift: Fixtures.oficina, sequence: 2),
            Fixtures.punch(Fixtures.luis, .entry, "2026-03-02 08:30", shift: Fixtures.oficina, sequence: 3),
        ]
        let records = Fixtures.rules.dayRecords(for: Fixtures.day("2026-03-02"), employees: employees, schedules: schedules,
                                                shifts: Fixtures.shifts, punches: punches, corrections: [], now: Fixtures.at("2026-03-03 00:00"))
        let totals = DayTotals.totals(records)
        #expect(totals.records == 3)
        #expect(totals.count(.onTime) == 1)
        #expect(totals.count(.late) == 1)
        #expect(totals.count(.absent) == 1)
        #expect(totals.count(.open) == 0)
        #expect(totals.missingExits == 1)
        #expect(totals.minutesWorked == 540)
        #expect(totals.minutesLate == 30)
        #expect(totals.countByStatus.count == DayStatus.allCases.count)
    }
}
