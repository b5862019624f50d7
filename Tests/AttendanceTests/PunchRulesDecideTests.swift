import Attendance
import Foundation
import Testing

/// `PunchRules.decide`: entry or exit, shift, day, flags, debounce and short stays.
struct PunchRulesDecideTests {
    /// What a case expects `decide` to return.
    enum Expected: Sendable {
        case record(PunchKind, shift: String?, date: String, flags: PunchFlags = [], late: Int = 0, worked: Int? = nil)
        case alreadyRecorded(PunchKind, at: String)
        case confirm(minutes: Int, shift: String?, worked: Int)
    }

    /// One row of the table.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        var schedules: [Schedule] = Fixtures.everyDay(Fixtures.ana, Fixtures.oficina)
        var recent: [Punch] = []
        let time: String
        var confirmed = false
        let expected: Expected
        var testDescription: String { name }
    }

    private static let a = Fixtures.ana
    private static let oficina = Fixtures.oficina
    private static let backToBack = Fixtures.everyDay(a, Fixtures.manana) + Fixtures.everyDay(a, Fixtures.tarde)

    static let cases: [Case] = [
        // Entries and lateness (Oficina 08:00–17:00, tolerance 15).
        Case(name: "entry before start is on time", time: "2026-03-02 07:50",
             expected: .record(.entry, shift: "Oficina", date: "2026-03-02")),
        Case(name: "entry exactly at the tolerance is on time", time: "2026-03-02 08:15",
             expected: .record(.entry, shift: "Oficina", date: "2026-03-02")),
        Case(name: "entry in the tolerance's last second is on time", time: "2026-03-02 08:15:59",
             expected: .record(.entry, shift: "Oficina", date: "2026-03-02")),
        Case(name: "entry one minute after the tolerance is late, counted from the start", time: "2026-03-02 08:16",
             expected: .record(.entry, shift: "Oficina", date: "2026-03-02", flags: .late, late: 16)),
        Case(name: "a custom tolerance of 5 minutes", schedules: Fixtures.everyDay(a, oficina, entryTolerance: 5), time: "2026-03-02 08:06",
             expected: .record(.entry, shift: "Oficina", date: "2026-03-02", flags: .late, late: 6)),
        Case(name: "window opens 60 minutes before the start", time: "2026-03-02 07:00",
             expected: .record(.entry, shift: "Oficina", date: "2026-03-02")),
        Case(name: "a punch before the window opens is recorded and flagged", time: "2026-03-02 06:59",
             expected: .record(.entry, shift: nil, date: "2026-03-02", flags: .outsideWindow)),
        Case(name: "no schedule today: recorded and flagged", schedules: [], time: "2026-03-02 10:00",
             expected: .record(.entry, shift: nil, date: "2026-03-02", flags: .outsideWindow)),
        Case(name: "schedule only on Tuesdays: Monday is outside", schedules: [Schedule(employee: a.code, weekday: .tuesday, shiftName: "Oficina")],
             time: "2026-03-02 08:00", expected: .record(.entry, shift: nil, date: "2026-03-02", flags: .outsideWindow)),
        Case(name: "a schedule naming an unknown shift is ignored", schedules: [Schedule(employee: a.code, weekday: .monday, shiftName: "Siesta")],
             time: "2026-03-02 08:00", expected: .record(.entry, shift: nil, date: "2026-03-02", flags: .outsideWindow)),
        Case(name: "another employee's schedule does not apply", schedules: Fixtures.everyDay(Fixtures.luis, oficina),
             time: "2026-03-02 08:00", expected: .record(.entry, shift: nil, date: "2026-03-02", flags: .outsideWindow)),

        // Exits.
        Case(name: "exit at the end with the day's worked time", recent: [Fixtures.punch(a, .entry, "2026-03-02 08:03", shift: oficina)],
             time: "2026-03-02 17:02", expected: .record(.exit, shift: "Oficina", date: "2026-03-02", worked: 8 * 60 + 59)),
        Case(name: "exit exactly at end − tolerance is not early", recent: [Fixtures.punch(a, .entry, "2026-03-02 08:00", shift: oficina)],
             time: "2026-03-02 16:45", expected: .record(.exit, shift: "Oficina", date: "2026-03-02", worked: 525)),
        Case(name: "exit one minute before end − tolerance is early", recent: [Fixtures.punch(a, .entry, "2026-03-02 08:00", shift: oficina)],
             time: "2026-03-02 16:44", expected: .record(.exit, shift: "Oficina", date: "2026-03-02", flags: .earlyLeave, worked: 524)),
        Case(name: "exit adds to the day's earlier pairs", recent: [
                Fixtures.punch(a, .entry, "2026-03-02 08:00", shift: oficina, sequence: 1),
                Fixtures.punch(a, .exit, "2026-03-02 12:00", shift: oficina, sequence: 2),
                Fixtures.punch(a, .entry, "2026-03-02 13:00", shift: oficina, sequence: 3),
             ], time: "2026-03-02 17:00", expected: .record(.exit, shift: "Oficina", date: "2026-03-02", worked: 480)),
        Case(name: "back from a break is an entry and never late", recent: [
                Fixtures.punch(a, .entry, "2026-03-02 08:00", shift: oficina, sequence: 1),
                Fixtures.punch(a, .exit, "2026-03-02 12:00", shift: oficina, sequence: 2),
             ], time: "2026-03-02 13:00", expected: .record(.entry, shift: "Oficina", date: "2026-03-02")),
        Case(name: "exit within the window after the end", recent: [Fixtures.punch(a, .entry, "2026-03-02 08:00", shift: oficina)],
             time: "2026-03-02 18:00", expected: .record(.exit, shift: "Oficina", date: "2026-03-02", worked: 600)),
        Case(name: "a punch from another door counts for alternation",
             recent: [Fixtures.punch(a, .entry, "2026-03-02 08:00", shift: oficina, kiosk: "PUERTA-2")],
             time: "2026-03-02 17:00", expected: .record(.exit, shift: "Oficina", date: "2026-03-02", worked: 540)),
        Case(name: "other employees' punches are ignored",
             recent: [Fixtures.punch(Fixtures.luis, .entry, "2026-03-02 08:00", shift: oficina)],
             time: "2026-03-02 08:00:30", expected: .record(.entry, shift: "Oficina", date: "2026-03-02")),

        // "OUT without IN": with no open entry an identification is an entry (alternation).
        Case(name: "no open entry: an afternoon identification is an entry, late", time: "2026-03-02 16:30",
             expected: .record(.entry, shift: "Oficina", date: "2026-03-02", flags: .late, late: 510)),
        Case(name: "yesterday's entry left open does not turn today's punch into an exit",
             recent: [Fixtures.punch(a, .entry, "2026-03-01 08:00", shift: oficina)],
             time: "2026-03-02 08:00", expected: .record(.entry, shift: "Oficina", date: "2026-03-02")),
        Case(name: "an entry open past its window: the next punch is a new entry",
             recent: [Fixtures.punch(a, .entry, "2026-03-02 08:00", shift: oficina)],
             time: "2026-03-02 18:01", expected: .record(.entry, shift: nil, date: "2026-03-02", flags: .outsideWindow)),

        // Debounce (60 s).
        Case(name: "a second identification within the debounce is already recorded",
             recent: [Fixtures.punch(a, .entry, "2026-03-02 08:03", shift: oficina)],
             time: "2026-03-02 08:03:59", expected: .alreadyRecorded(.entry, at: "2026-03-02 08:03")),
        Case(name: "debounce applies to exits too",
             recent: [Fixtures.punch(a, .entry, "2026-03-02 08:00", shift: oficina, sequence: 1),
                      Fixtures.punch(a, .exit, "2026-03-02 17:00", shift: oficina, sequence: 2)],
             time: "2026-03-02 17:00:30", expected: .alreadyRecorded(.exit, at: "2026-03-02 17:00")),
        Case(name: "another door's clock slightly ahead still debounces",
             recent: [Fixtures.punch(a, .entry, "2026-03-02 08:03:20", shift: oficina, kiosk: "PUERTA-2")],
             time: "2026-03-02 08:03", expected: .alreadyRecorded(.entry, at: "2026-03-02 08:03:20")),
        Case(name: "exactly 60 s later is a new punch (an exit, so a short stay)",
             recent: [Fixtures.punch(a, .entry, "2026-03-02 08:03", shift: oficina)],
             time: "2026-03-02 08:04", expected: .confirm(minutes: 1, shift: "Oficina", worked: 1)),

        // Short stays (min_work_minutes 5).
        Case(name: "an exit two minutes after the entry asks to confirm",
             recent: [Fixtures.punch(a, .entry, "2026-03-02 08:00", shift: oficina)],
             time: "2026-03-02 08:02", expected: .confirm(minutes: 2, shift: "Oficina", worked: 2)),
        Case(name: "a confirmed short stay is recorded and flagged",
             recent: [Fixtures.punch(a, .entry, "2026-03-02 08:00", shift: oficina)], time: "2026-03-02 08:02", confirmed: true,
             expected: .record(.exit, shift: "Oficina", date: "2026-03-02", flags: [.confirmedShortStay, .earlyLeave], worked: 2)),
        Case(name: "four minutes 59 seconds still asks", recent: [Fixtures.punch(a, .entry, "2026-03-02 08:00", shift: oficina)],
             time: "2026-03-02 08:04:59", expected: .confirm(minutes: 4, shift: "Oficina", worked: 4)),
        Case(name: "exactly five minutes is an ordinary exit", recent: [Fixtures.punch(a, .entry, "2026-03-02 08:00", shift: oficina)],
             time: "2026-03-02 08:05", expected: .record(.exit, shift: "Oficina", date: "2026-03-02", flags: .earlyLeave, worked: 5)),

        // Night shift across midnight.
        Case(name: "night entry at 22:00", schedules: Fixtures.everyDay(a, Fixtures.noche), time: "2026-03-02 22:00",
             expected: .record(.entry, shift: "Noche", date: "2026-03-02")),
        Case(name: "night entry after midnight is late and belongs to the start day",
             schedules: Fixtures.everyDay(a, Fixtures.noche), time: "2026-03-03 00:10",
             expected: .record(.entry, shift: "Noche", date: "2026-03-02", flags: .late, late: 130)),
        Case(name: "night exit at 06:05 belongs to the previous day", schedules: Fixtures.everyDay(a, Fixtures.noche),
             recent: [Fixtures.punch(a, .entry, "2026-03-02 21:58", shift: Fixtures.noche)], time: "2026-03-03 06:05",
             expected: .record(.exit, shift: "Noche", date: "2026-03-02", worked: 487)),
        Case(name: "spring-forward night is 7 real hours", schedules: Fixtures.everyDay(a, Fixtures.noche),
             recent: [Fixtures.punch(a, .entry, "2026-03-28 22:00", shift: Fixtures.noche)], time: "2026-03-29 06:00",
             expected: .record(.exit, shift: "Noche", date: "2026-03-28", worked: 7 * 60)),
        Case(name: "fall-back night is 9 real hours", schedules: Fixtures.everyDay(a, Fixtures.noche),
             recent: [Fixtures.punch(a, .entry, "2026-10-24 22:00", shift: Fixtures.noche)], time: "2026-10-25 06:00",
             expected: .record(.exit, shift: "Noche", date: "2026-10-24", worked: 9 * 60)),
        Case(name: "spring-forward night: leaving at 05:00 is early by real time", schedules: Fixtures.everyDay(a, Fixtures.noche),
             recent: [Fixtures.punch(a, .entry, "2026-03-28 22:00", shift: Fixtures.noche)], time: "2026-03-29 05:00",
             expected: .record(.exit, shift: "Noche", date: "2026-03-28", flags: .earlyLeave, worked: 6 * 60)),
        Case(name: "morning after the spring-forward: 06:16 is late by 16", schedules: Fixtures.everyDay(a, Fixtures.manana),
             time: "2026-03-29 06:16", expected: .record(.entry, shift: "Mañana", date: "2026-03-29", flags: .late, late: 16)),
        Case(name: "morning after the fall-back: 06:15 is on time", schedules: Fixtures.everyDay(a, Fixtures.manana),
             time: "2026-10-25 06:15", expected: .record(.entry, shift: "Mañana", date: "2026-10-25")),

        // Back-to-back shifts (Mañana 06–14 then Tarde 14–22).
        Case(name: "14:00 with an open Mañana entry closes Mañana", schedules: backToBack,
             recent: [Fixtures.punch(a, .entry, "2026-03-02 06:00", shift: Fixtures.manana)], time: "2026-03-02 14:00",
             expected: .record(.exit, shift: "Mañana", date: "2026-03-02", worked: 480)),
        Case(name: "14:00 with Mañana already closed enters Tarde", schedules: backToBack,
             recent: [Fixtures.punch(a, .entry, "2026-03-02 06:00", shift: Fixtures.manana, sequence: 1),
                      Fixtures.punch(a, .exit, "2026-03-02 13:58", shift: Fixtures.manana, sequence: 2)],
             time: "2026-03-02 14:00", expected: .record(.entry, shift: "Tarde", date: "2026-03-02")),
        Case(name: "14:00 without any entry enters Tarde", schedules: backToBack, time: "2026-03-02 14:00",
             expected: .record(.entry, shift: "Tarde", date: "2026-03-02")),
        Case(name: "13:30 without entry: Tarde's start is nearest", schedules: backToBack, time: "2026-03-02 13:30",
             expected: .record(.entry, shift: "Tarde", date: "2026-03-02")),
        Case(name: "a rival shift starting strictly nearer than the open shift's end takes an entry",
             schedules: Fixtures.everyDay(a, Fixtures.manana) + [Schedule(employee: a.code, weekday: .monday, shiftName: "Tarde tardía")],
             recent: [Fixtures.punch(a, .entry, "2026-03-02 06:00", shift: Fixtures.manana)], time: "2026-03-02 14:40",
             expected: .record(.entry, shift: "Tarde tardía", date: "2026-03-02")),

        // Entries outside every window stay open for the next punch.
        Case(name: "an unscheduled entry's next punch is its exit", schedules: [],
             recent: [Fixtures.punch(a, .entry, "2026-03-02 09:00", flags: .outsideWindow)], time: "2026-03-02 13:00",
             expected: .record(.exit, shift: nil, date: "2026-03-02", flags: .outsideWindow, worked: 240)),
        Case(name: "an early unscheduled entry closed inside a window takes that shift",
             schedules: Fixtures.everyDay(a, Fixtures.manana),
             recent: [Fixtures.punch(a, .entry, "2026-03-02 04:30", flags: .outsideWindow)], time: "2026-03-02 14:00",
             expected: .record(.exit, shift: "Mañana", date: "2026-03-02", worked: 570)),
    ]

    @Test("decide", arguments: cases)
    func decide(row: Case) throws {
        let shifts = Fixtures.shifts + [Shift(name: "Tarde tardía", start: LocalTime(hour: 14, minute: 30), end: LocalTime(hour: 22, minute: 30))]
        let decision = Fixtures.rules.decide(employee: Fixtures.ana.code, at: Fixtures.at(row.time), schedules: row.schedules,
                                             shifts: shifts, recentPunches: row.recent, confirmedShortStay: row.confirmed)
        switch (row.expected, decision) {
        case let (.record(kind, shift, date, flags, late, worked), .record(draft)):
            #expect(draft.employee == Fixtures.ana.code)
            #expect(draft.instant == Fixtures.at(row.time))
            #expect(draft.kind == kind)
            #expect(draft.shiftName == shift)
            #expect(draft.localDate == Fixtures.day(date))
            #expect(draft.flags == flags)
            #expect(draft.minutesLate == late)
            #expect(draft.minutesWorkedToday == worked)
        case let (.alreadyRecorded(kind, at), .alreadyRecorded(gotKind, gotAt)):
            #expect(gotKind == kind)
            #expect(gotAt == Fixtures.at(at))
        case let (.confirm(minutes, shift, worked), .confirmShortStay(draft, gotMinutes)):
            #expect(gotMinutes == minutes)
            #expect(draft.kind == .exit)
            #expect(draft.shiftName == shift)
            #expect(draft.flags.contains(.confirmedShortStay))
            #expect(draft.minutesWorkedToday == worked)
        default:
            Issue.record("expected \(row.expected), got \(decision)")
        }
    }

    @Test("a confirmed short stay records the very draft that was offered")
    func confirmThenRecord() throws {
        let recent = [Fixtures.punch(Fixtures.ana, .entry, "2026-03-02 08:00", shift: Fixtures.oficina)]
        let instant = Fixtures.at("2026-03-02 08:02")
        let schedules = Fixtures.everyDay(Fixtures.ana, Fixtures.oficina)
        let asked = Fixtures.rules.decide(employee: Fixtures.ana.code, at: instant, schedules: schedules, shifts: Fixtures.shifts, recentPunches: recent)
        let confirmed = Fixtures.rules.decide(employee: Fixtures.ana.code, at: instant, schedules: schedules, shifts: Fixtures.shifts,
                                              recentPunches: recent, confirmedShortStay: true)
        guard case .confirmShortStay(let offered, _) = asked else {
            Issue.record("expected a confirmation request, got \(asked)")
            return
        }
        #expect(confirmed == .record(offered))
    }

    @Test("other settings: debounce 10 s and minimum work 0")
    func customSettings() {
        let rules = PunchRules(timeZone: Fixtures.madrid, debounceSeconds: 10, minWorkMinutes: 0)
        let recent = [Fixtures.punch(Fixtures.ana, .entry, "2026-03-02 08:00", shift: Fixtures.oficina)]
        let decision = rules.decide(employee: Fixtures.ana.code, at: Fixtures.at("2026-03-02 08:00:10"),
                                    schedules: Fixtures.everyDay(Fixtures.ana, Fixtures.oficina), shifts: Fixtures.shifts, recentPunches: recent)
        #expect(Fixtures.recorded(decision)?.kind == .exit)
        #expect(Fixtures.recorded(decision)?.flags.contains(.confirmedShortStay) == false)
    }

    @Test("a narrower window puts an early punch outside")
    func narrowWindow() {
        let rules = PunchRules(timeZone: Fixtures.madrid, windowBeforeStartMinutes: 30)
        let decision = rules.decide(employee: Fixtures.ana.code, at: Fixtures.at("2026-03-02 07:29"),
                                    schedules: Fixtures.everyDay(Fixtures.ana, Fixtures.oficina), shifts: Fixtures.shifts, recentPunches: [])
        #expect(Fixtures.recorded(decision)?.flags == .outsideWindow)
    }
}
