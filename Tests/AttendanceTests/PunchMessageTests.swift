import Attendance
import Foundation
import Testing
import Vocabulary

/// The texts the kiosk shows, in Spanish and English.
struct PunchMessageTests {
    private static func draft(_ kind: PunchKind, _ time: String, flags: PunchFlags = [], late: Int = 0, worked: Int? = nil) -> PunchDraft {
        PunchDraft(employee: Fixtures.ana.code, instant: Fixtures.at(time), localDate: Fixtures.day(String(time.prefix(10))), kind: kind,
                   shiftName: "Oficina", flags: flags, minutesLate: late, minutesWorkedToday: worked)
    }

    static let cases: [(PunchDecision, Language, String)] = [
        (.record(draft(.entry, "2026-03-02 08:03")), .es, "Buenos días, Ana — entrada 08:03, a tiempo"),
        (.record(draft(.entry, "2026-03-02 08:03")), .en, "Good morning, Ana — in 08:03, on time"),
        (.record(draft(.entry, "2026-03-02 08:12", flags: .late, late: 12)), .es, "Buenos días, Ana — entrada 08:12, tarde 12 min"),
        (.record(draft(.entry, "2026-03-02 08:12", flags: .late, late: 12)), .en, "Good morning, Ana — in 08:12, late 12 min"),
        (.record(draft(.entry, "2026-03-02 14:00", flags: .late, late: 75)), .es, "Buenas tardes, Ana — entrada 14:00, tarde 1 h 15 min"),
        (.record(draft(.entry, "2026-03-02 22:00", flags: .outsideWindow)), .es, "Buenas noches, Ana — entrada 22:00, fuera de horario"),
        (.record(draft(.entry, "2026-03-02 22:00", flags: .outsideWindow)), .en, "Good evening, Ana — in 22:00, outside schedule"),
        (.record(draft(.exit, "2026-03-02 17:02", worked: 539)), .es, "Hasta luego, Ana — salida 17:02 — 8 h 59 min hoy"),
        (.record(draft(.exit, "2026-03-02 17:02", worked: 539)), .en, "Goodbye, Ana — out 17:02 — 8 h 59 min today"),
        (.record(draft(.exit, "2026-03-02 13:00", flags: .earlyLeave, worked: 300)), .es, "Hasta luego, Ana — salida 13:00, anticipada — 5 h hoy"),
        (.record(draft(.exit, "2026-03-02 13:00", flags: .earlyLeave, worked: 300)), .en, "Goodbye, Ana — out 13:00, early — 5 h today"),
        (.alreadyRecorded(kind: .entry, at: Fixtures.at("2026-03-02 08:03")), .es, "Ana — entrada ya registrada a las 08:03"),
        (.alreadyRecorded(kind: .entry, at: Fixtures.at("2026-03-02 08:03")), .en, "Ana — in already recorded at 08:03"),
        (.alreadyRecorded(kind: .exit, at: Fixtures.at("2026-03-03 01:10")), .es, "Ana — salida ya registrada a la 01:10"),
        (.confirmShortStay(draft(.exit, "2026-03-02 08:05", flags: .confirmedShortStay, worked: 2), minutesSinceEntry: 2), .es,
         "Ana — entraste hace 2 min: ¿registrar la salida?"),
        (.confirmShortStay(draft(.exit, "2026-03-02 08:05", flags: .confirmedShortStay, worked: 2), minutesSinceEntry: 2), .en,
         "Ana — you came in 2 min ago: record your exit?"),
    ]

    @Test("punch messages", arguments: cases)
    func message(decision: PunchDecision, language: Language, expected: String) {
        #expect(PunchMessage(decision: decision, name: "Ana", language: language, timeZone: Fixtures.madrid).text == expected)
    }

    @Test("clock times follow the kiosk's time zone, DST included")
    func timeZone() {
        let decision = PunchDecision.record(Self.draft(.entry, "2026-03-29 06:00"))
        #expect(PunchMessage(decision: decision, name: "Ana", language: .es, timeZone: Fixtures.madrid).text.contains("06:00"))
        #expect(PunchMessage(decision: decision, name: "Ana", language: .es, timeZone: TimeZone(identifier: "UTC")!).text.contains("04:00"))
    }

    @Test("durations", arguments: [(0, "0 min"), (45, "45 min"), (60, "1 h"), (539, "8 h 59 min"), (1500, "25 h")])
    func duration(minutes: Int, expected: String) {
        #expect(PunchMessage.duration(minutes: minutes) == expected)
    }

    @Test("every status and flag has a distinct label in each language", arguments: Language.allCases)
    func labels(language: Language) {
        let statuses = DayStatus.allCases.map { $0.label(language: language) }
        #expect(Set(statuses).count == DayStatus.allCases.count)
        #expect(statuses.allSatisfy { !$0.isEmpty })
        let all: DayFlags = [.missingExit, .outsideWindow, .corrected, .exitWithoutEntry, .late, .earlyLeave]
        #expect(Set(all.labels(language: language)).count == 6)
        #expect(DayFlags().labels(language: language).isEmpty)
    }

    @Test("Spanish labels of the day view")
    func spanishLabels() {
        #expect(DayStatus.late.label(language: .es) == "tarde")
        #expect(DayStatus.absent.label(language: .en) == "absent")
        #expect(DayFlags.missingExit.labels(language: .es) == ["salida no registrada"])
        #expect(([.corrected, .missingExit] as DayFlags).labels(language: .en) == ["exit not recorded", "corrected"])
        #expect(PunchKind.exit.label(language: .es) == "salida")
    }
}
