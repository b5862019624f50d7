import Attendance
import Foundation
import Testing

/// Every day record says why: the rule behind each status and figure, in Spanish and English, with the
/// punches and shifts it used and the rules' version.
struct DayExplanationTests {
    private static let a = Fixtures.ana
    private static func p(_ kind: PunchKind, _ time: String, shift: Shift = Fixtures.oficina, date: String = "2026-03-02",
                          sequence: Int64 = 1, kiosk: String = "K1", id: UUID = UUID()) -> Punch {
        Fixtures.punch(a, kind, time, date: date, shift: shift, sequence: sequence, kiosk: kiosk, id: id)
    }

    /// Ana's record on `date` (Oficina 08:00–17:00 every day unless `schedules` says otherwise).
    private static func record(
        _ date: String = "2026-03-02", schedules: [Schedule] = Fixtures.everyDay(Fixtures.ana, Fixtures.oficina), punches: [Punch] = [],
        corrections: [Correction] = [], calendar: DayCalendar = .empty, policy: SitePolicy = SitePolicy(), now: String
    ) throws -> DayRecord {
        let records = Fixtures.rules.dayRecords(for: Fixtures.day(date), employees: [a], schedules: schedules, shifts: Fixtures.shifts,
                                                punches: punches, corrections: corrections, calendar: calendar, policy: policy,
                                                now: Fixtures.at(now))
        #expect(records.count == 1)
        return try #require(records.first)
    }

    private static func es(_ record: DayRecord) -> [String] { record.explanation.lines(language: .es, date: record.date) }
    private static func en(_ record: DayRecord) -> [String] { record.explanation.lines(language: .en, date: record.date) }

    @Test("normal day: on time, worked and expected, with the punches used and the rules' version")
    func normal() throws {
        let record = try Self.record(punches: [Self.p(.entry, "2026-03-02 07:58"), Self.p(.exit, "2026-03-02 17:01", sequence: 2, kiosk: "K2")],
                                     now: "2026-03-02 20:00")
        #expect(record.status == .onTime)
        #expect(Self.es(record) == [
            "a tiempo: entrada 07:58, turno 08:00 + 15 min de tolerancia",
            "previsto 9 h: duración real del turno",
            "trabajado 9 h 3 min: suma de 1 tramo entrada→salida",
            "sin horas extra: 1 min tras el fin del turno, por debajo del mínimo de 15 min",
            "llegada anticipada 2 min antes de las 08:00: no cuenta como horas extra sin aprobación",
        ])
        #expect(Self.en(record).first == "on time: in 07:58, shift 08:00 + 15 min grace")
        #expect(record.explanation.rulesVersion == PunchRules.version)
        #expect(record.explanation.timeZone == "Europe/Madrid")
        #expect(record.explanation.punchLines(language: .es, date: record.date) == [
            "entrada 07:58 · puerta K1 · cara", "salida 17:01 · puerta K2 · cara",
        ])
        let shift = try #require(record.explanation.shifts.first)
        #expect(shift.name == "Oficina")
        #expect(shift.start == Fixtures.at("2026-03-02 08:00") && shift.end == Fixtures.at("2026-03-02 17:00"))
        #expect(shift.windowStart == Fixtures.at("2026-03-02 07:00") && shift.windowEnd == Fixtures.at("2026-03-02 18:00"))
        #expect(record.overtimeMinutes == 0)
    }

    @Test("late at tolerance + 1 says by how much and from which start")
    func lateByOne() throws {
        let onTime = try Self.record(punches: [Self.p(.entry, "2026-03-02 08:15:59"), Self.p(.exit, "2026-03-02 17:00", sequence: 2)],
                                     now: "2026-03-02 20:00")
        #expect(Self.es(onTime).first == "a tiempo: entrada 08:15, turno 08:00 + 15 min de tolerancia")
        let late = try Self.record(punches: [Self.p(.entry, "2026-03-02 08:16"), Self.p(.exit, "2026-03-02 17:00", sequence: 2)],
                                   now: "2026-03-02 20:00")
        #expect(late.status == .late)
        #expect(Self.es(late).first == "tarde 16 min: entrada 08:16, turno 08:00 + 15 min de tolerancia")
        #expect(Self.en(late).first == "late 16 min: in 08:16, shift 08:00 + 15 min grace")
    }

    @Test("absent names the window, and is decided only when the day is over")
    func absent() throws {
        let pending = try Self.record(now: "2026-03-02 18:00")
        #expect(pending.status == .pending)
        #expect(Self.es(pending).first == "pendiente: sin entrada todavía en el turno Oficina; la ausencia se decide al terminar el día (00:00 (+1))")
        let absent = try Self.record(now: "2026-03-03 00:00")
        #expect(absent.status == .absent)
        #expect(Self.es(absent).first == "ausente: ninguna entrada entre 07:00 y 17:00 del turno Oficina")
        #expect(Self.en(absent).first == "absent: no entry between 07:00 and 17:00 of the Oficina shift")
    }

    @Test("a night shift across midnight: absent only after its end the next morning, times marked +1")
    func nightAbsent() throws {
        let night = Fixtures.everyDay(Self.a, Fixtures.noche)
        #expect(try Self.record(schedules: night, now: "2026-03-03 05:59").status == .pending)
        let absent = try Self.record(schedules: night, now: "2026-03-03 06:00")
        #expect(absent.status == .absent)
        #expect(Self.es(absent).first == "ausente: ninguna entrada entre 21:00 y 06:00 (+1) del turno Noche")
    }

    @Test("a spring-forward night: late from the real start, 7 h expected, worked counted in real time")
    func nightDST() throws {
        let night = Fixtures.everyDay(Self.a, Fixtures.noche)
        let record = try Self.record("2026-03-28", schedules: night, punches: [
            Self.p(.entry, "2026-03-28 22:20", shift: Fixtures.noche, date: "2026-03-28"),
            Self.p(.exit, "2026-03-29 06:00", shift: Fixtures.noche, date: "2026-03-28", sequence: 2),
        ], now: "2026-03-29 09:00")
        #expect(record.status == .late)
        #expect(record.minutesWorked == 400)
        #expect(Self.es(record).prefix(3) == [
            "tarde 20 min: entrada 22:20, turno 22:00 + 15 min de tolerancia",
            "previsto 7 h: duración real del turno",
            "trabajado 6 h 40 min: suma de 1 tramo entrada→salida",
        ])
    }

    @Test("a holiday is festivo, not an absence, and names the holiday")
    func holiday() throws {
        let calendar = DayCalendar(holidays: [Holiday(date: Fixtures.day("2026-12-07"), name: "Día de la Constitución (traslado)")])
        let record = try Self.record("2026-12-07", calendar: calendar, now: "2026-12-08 10:00")
        #expect(record.status == .holiday)
        #expect(record.requiredMinutes == 0)
        #expect(Self.es(record) == ["festivo: Día de la Constitución (traslado)", "previsto 0 min: día libre"])
        #expect(Self.en(record).first == "holiday: Día de la Constitución (traslado)")
        #expect(DayStatus.holiday.label(language: .es) == "festivo")

        let worked = try Self.record("2026-12-07", punches: [
            Self.p(.entry, "2026-12-07 09:00", date: "2026-12-07"), Self.p(.exit, "2026-12-07 13:00", date: "2026-12-07", sequence: 2),
        ], calendar: calendar, now: "2026-12-08 10:00")
        #expect(worked.status == .holiday)
        #expect(worked.minutesWorked == 240)
        #expect(worked.flags == .workedOnDayOff)
    }

    @Test("leave gives justificado or permiso instead of ausente", arguments: [
        (LeaveKind.vacation, DayStatus.justified, "justificado: vacaciones todo el día"),
        (LeaveKind.sick, DayStatus.justified, "justificado: baja por enfermedad todo el día"),
        (LeaveKind.permiso, DayStatus.permission, "permiso: permiso todo el día (mudanza)"),
    ])
    func leave(kind: LeaveKind, status: DayStatus, line: String) throws {
        let leave = Leave(employee: Self.a.code, kind: kind, from: Fixtures.day("2026-03-01"), to: Fixtures.day("2026-03-06"),
                          note: kind == .permiso ? "mudanza" : "")
        let record = try Self.record(calendar: DayCalendar(leave: [leave]), now: "2026-03-03 10:00")
        #expect(record.status == status)
        #expect(record.requiredMinutes == 0)
        #expect(Self.es(record).first == line)
        // Another person's leave, or a day outside the range, changes nothing.
        let other = Leave(employee: Fixtures.luis.code, kind: kind, from: Fixtures.day("2026-03-02"), to: Fixtures.day("2026-03-02"))
        #expect(try Self.record(calendar: DayCalendar(leave: [other]), now: "2026-03-03 10:00").status == .absent)
        #expect(try Self.record("2026-03-07", calendar: DayCalendar(leave: [leave]), now: "2026-03-08 10:00").status == .absent)
    }

    @Test("leave on the day a night shift starts covers the whole night, DST included")
    func leaveAcrossNight() throws {
        let night = Fixtures.everyDay(Self.a, Fixtures.noche)
        let leave = Leave(employee: Self.a.code, kind: .sick, from: Fixtures.day("2026-03-28"), to: Fixtures.day("2026-03-28"))
        let covered = try Self.record("2026-03-28", schedules: night, calendar: DayCalendar(leave: [leave]), now: "2026-03-29 09:00")
        #expect(covered.status == .justified)
        // The next night is not on leave.
        let next = try Self.record("2026-03-29", schedules: night, calendar: DayCalendar(leave: [leave]), now: "2026-03-30 09:00")
        #expect(next.status == .absent)
    }

    @Test("a half day halves the expected time and moves the expected start to the midpoint")
    func halfDay() throws {
        let morningOff = Leave(employee: Self.a.code, kind: .permiso, from: Fixtures.day("2026-03-02"), to: Fixtures.day("2026-03-02"),
                               portion: .firstHalf, note: "médico")
        let record = try Self.record(punches: [Self.p(.entry, "2026-03-02 12:40"), Self.p(.exit, "2026-03-02 17:00", sequence: 2)],
                                     calendar: DayCalendar(leave: [morningOff]), now: "2026-03-02 20:00")
        #expect(record.status == .onTime)
        #expect(record.requiredMinutes == 270)
        #expect(record.flags == .halfDayLeave)
        #expect(Self.es(record).prefix(3) == [
            "a tiempo: entrada 12:40, turno 12:30 + 15 min de tolerancia",
            "media jornada de permiso (primera mitad): se espera de 12:30 a 17:00 (médico)",
            "previsto 4 h 30 min: la mitad, por media jornada de permiso",
        ])
        // Not coming for the other half is still an absence.
        #expect(try Self.record(calendar: DayCalendar(leave: [morningOff]), now: "2026-03-03 00:00").status == .absent)

        let afternoonOff = Leave(employee: Self.a.code, kind: .vacation, from: Fixtures.day("2026-03-02"), to: Fixtures.day("2026-03-02"),
                                 portion: .secondHalf)
        let morning = try Self.record(punches: [Self.p(.entry, "2026-03-02 08:00"), Self.p(.exit, "2026-03-02 12:30", sequence: 2)],
                                      calendar: DayCalendar(leave: [afternoonOff]), now: "2026-03-02 20:00")
        #expect(morning.status == .onTime, "leaving at the midpoint is not an early leave")
        #expect(morning.requiredMinutes == 270)
    }

    @Test("a half day on a spring-forward night halves its real 7 h")
    func halfDayDST() throws {
        let night = Fixtures.everyDay(Self.a, Fixtures.noche)
        let leave = Leave(employee: Self.a.code, kind: .permiso, from: Fixtures.day("2026-03-28"), to: Fixtures.day("2026-03-28"),
                          portion: .firstHalf)
        // 22:00 CET + 3 h 30 min real = 01:30 CET.
        let record = try Self.record("2026-03-28", schedules: night, punches: [
            Self.p(.entry, "2026-03-29 01:50", shift: Fixtures.noche, date: "2026-03-28"),
            Self.p(.exit, "2026-03-29 06:00", shift: Fixtures.noche, date: "2026-03-28", sequence: 2),
        ], calendar: DayCalendar(leave: [leave]), now: "2026-03-29 09:00")
        #expect(record.requiredMinutes == 210)
        #expect(record.status == .late)
        #expect(record.minutesLate == 20)
        #expect(Self.es(record).first == "tarde 20 min: entrada 01:50 (+1), turno 01:30 (+1) + 15 min de tolerancia")
    }

    @Test("an entry open at the window's close is flagged, and closed at the shift's end only where the site asks")
    func openEntry() throws {
        let punches = [Self.p(.entry, "2026-03-02 08:00")]
        let inNow = try Self.record(punches: punches, now: "2026-03-02 12:00")
        #expect(inNow.status == .open)
        #expect(Self.es(inNow).first == "a tiempo: entrada 08:00, turno 08:00 + 15 min de tolerancia")
        #expect(Self.es(inNow).last == "dentro: entrada 08:00; la ventana del turno cierra a las 18:00")

        let flagged = try Self.record(punches: punches, now: "2026-03-02 18:00")
        #expect(flagged.flags == .missingExit)
        #expect(flagged.minutesWorked == 0)
        #expect(Self.es(flagged).last == "salida no registrada: la entrada de las 08:00 seguía abierta al cerrar la ventana (18:00); no suma tiempo")

        let closed = try Self.record(punches: punches, policy: SitePolicy(closeOpenEntriesAtShiftEnd: true), now: "2026-03-02 18:00")
        #expect(closed.flags == [.missingExit, .closedAtShiftEnd])
        #expect(closed.minutesWorked == 540)
        #expect(closed.lastOut == nil, "no exit punch is invented")
        #expect(Self.en(closed).last == "closed at shift end: the 08:00 entry counts until 17:00 by the site's rule; no exit was punched")
        #expect(DayFlags.closedAtShiftEnd.labels(language: .es) == ["cerrada al fin del turno"])
    }

    @Test("corrections are listed with author and reason; voided punches stay in the explanation")
    func correction() throws {
        let wrong = UUID()
        let punches = [Self.p(.entry, "2026-03-02 09:30", id: wrong)]
        let corrections = [
            Correction(employee: Self.a.code, action: .void(punchID: wrong), reason: "reconocido por error", supervisor: EmployeeCode("S001"),
                       madeAt: Fixtures.at("2026-03-02 18:00")),
            Correction(employee: Self.a.code, action: .add(kind: .entry, instant: Fixtures.at("2026-03-02 08:00")), reason: "puerta de carga",
                       supervisor: EmployeeCode("S001"), madeAt: Fixtures.at("2026-03-02 18:00")),
            Correction(employee: Self.a.code, action: .add(kind: .exit, instant: Fixtures.at("2026-03-02 17:00")), reason: "olvidó fichar",
                       supervisor: EmployeeCode("S002"), madeAt: Fixtures.at("2026-03-02 18:00")),
        ]
        let record = try Self.record(punches: punches, corrections: corrections, now: "2026-03-02 20:00")
        #expect(record.status == .onTime)
        #expect(record.explanation.punchLines(language: .es, date: record.date) == [
            "entrada 08:00 · puerta correction · manual · añadido (S001: puerta de carga)",
            "entrada 09:30 · puerta K1 · cara · anulado (S001: reconocido por error)",
            "salida 17:00 · puerta correction · manual · añadido (S002: olvidó fichar)",
        ])
        #expect(Self.es(record).last == "corregido por un supervisor: 2 fichajes añadidos, 1 anulado")
    }

    @Test("overtime counts from the shift's end, not an early arrival, and needs approval")
    func overtime() throws {
        let punches = [Self.p(.entry, "2026-03-02 07:00"), Self.p(.exit, "2026-03-02 18:30", sequence: 2)]
        let pending = try Self.record(punches: punches, now: "2026-03-02 20:00")
        #expect(pending.overtimeMinutes == 90, "the hour before 08:00 is not overtime")
        #expect(pending.approvedOvertimeMinutes == 0)
        #expect(pending.flags == .overtimePending)
        #expect(Self.es(pending).contains("horas extra 1 h 30 min desde el fin del turno (17:00): pendientes de aprobación"))
        #expect(Self.es(pending).contains("llegada anticipada 1 h antes de las 08:00: no cuenta como horas extra sin aprobación"))

        let approval = OvertimeApproval(employee: Self.a.code, date: Fixtures.day("2026-03-02"), minutes: 60, supervisor: EmployeeCode("S001"),
                                        reason: "inventario", approvedAt: Fixtures.at("2026-03-03 09:00"))
        let approved = try Self.record(punches: punches, calendar: DayCalendar(overtimeApprovals: [approval]), now: "2026-03-03 10:00")
        #expect(approved.overtimeMinutes == 90)
        #expect(approved.approvedOvertimeMinutes == 60, "no more than approved")
        #expect(approved.flags == [])
        #expect(Self.en(approved).contains("overtime 1 h 30 min from the shift's end (17:00); 1 h approved by S001"))

        var early = approval
        early.minutes = 600
        early.includesEarlyArrival = true
        let withEarly = try Self.record(punches: punches, calendar: DayCalendar(overtimeApprovals: [early]), now: "2026-03-03 10:00")
        #expect(withEarly.overtimeMinutes == 150)
        #expect(withEarly.approvedOvertimeMinutes == 150, "never more than was worked")

        let short = try Self.record(punches: [Self.p(.entry, "2026-03-02 08:00"), Self.p(.exit, "2026-03-02 17:14", sequence: 2)],
                                    now: "2026-03-02 20:00")
        #expect(short.overtimeMinutes == 0)
        let capped = try Self.record(punches: punches, policy: SitePolicy(overtimeMaximumMinutesPerDay: 60), now: "2026-03-02 20:00")
        #expect(capped.overtimeMinutes == 60)
        #expect(Self.es(capped).contains("horas extra limitadas a 1 h al día por el centro (se hicieron 1 h 30 min)"))
    }

    @Test("3 lates in a month make one half-day, explained; the fourth waits for two more")
    func latenessRule() throws {
        var records: [DayRecord] = []
        for (day, entry) in [("02", "08:16"), ("03", "08:00"), ("05", "08:20"), ("09", "08:31"), ("10", "08:40")] {
            let date = "2026-03-" + day
            records.append(try Self.record(date, punches: [Self.p(.entry, "\(date) \(entry)", date: date),
                                                           Self.p(.exit, "\(date) 17:00", date: date, sequence: 2)],
                                           now: "2026-03-31 20:00"))
        }
        // A late day in April counts in April.
        records.append(try Self.record("2026-04-01", punches: [Self.p(.entry, "2026-04-01 08:45", date: "2026-04-01")], now: "2026-04-01 12:00"))
        let rule = LatenessRule(lates: 3, penalty: .halfDay)
        let penalties = rule.penalties(for: records)
        #expect(penalties.count == 1)
        let penalty = try #require(penalties.first)
        #expect(penalty.lateDates == ["2026-03-02", "2026-03-05", "2026-03-09"].map(Fixtures.day))
        #expect(penalty.minutes == 270)
        #expect(penalty.explanation(language: .es)
                == "3 llegadas tarde en 2026-03 (02: 16 min, 05: 20 min, 09: 31 min) = media jornada (4 h 30 min), regla del centro: 3 al mes")
        #expect(penalty.explanation(language: .en).hasPrefix("3 late arrivals in 2026-03"))
        #expect(LatenessRule(lates: 2, penalty: .wholeDay).penalties(for: records).map(\.minutes) == [540, 540])
    }

    @Test("every reason has distinct Spanish and English text")
    func bilingual() throws {
        let record = try Self.record(punches: [Self.p(.entry, "2026-03-02 07:00"), Self.p(.exit, "2026-03-02 18:30", sequence: 2)],
                                     now: "2026-03-02 20:00")
        let es = Self.es(record)
        let en = Self.en(record)
        #expect(es.count == en.count && !es.isEmpty)
        for (spanish, english) in zip(es, en) { #expect(spanish != english) }
    }
}
