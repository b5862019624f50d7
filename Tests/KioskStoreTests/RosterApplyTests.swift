import Foundation
import Testing
import Attendance
@testable import KioskStore

@Suite("Roster apply")
struct RosterApplyTests {
    @Test func insertsUpdatesAndDeletesInOneVersionedApply() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        #expect(try await store.rosterVersion() == 0)
        let templateID = UUID()
        let late = Shift(name: "Tarde larga", start: LocalTime(hour: 14), end: LocalTime(hour: 23))
        let first = RosterUpdate(
            version: 5,
            employees: [.init(code: EmployeeCode("E010"), name: "Lucía Gómez", role: "SUPERVISOR", active: true, pinHash: nil,
                              biometricConsent: true)],
            templates: [.init(id: templateID, employee: EmployeeCode("E010"), vector: vector(10))],
            shifts: [late],
            schedules: [Schedule(employee: EmployeeCode("E010"), weekday: .monday, shiftName: "Tarde larga")])
        let report = try await store.applyRoster(first)
        #expect(report.employees == 1 && report.templatesAdded == 1 && report.shiftsAndSchedules == 2 && report.skipped == 0, "every roster item applies")
        #expect(report.changesGallery)
        #expect(try await store.rosterVersion() == 5)
        #expect(try await store.employee(EmployeeCode("E010")) == Employee(code: EmployeeCode("E010"), name: "Lucía Gómez", role: .supervisor))
        #expect(try await store.shifts().contains(late))
        #expect(try await store.schedules(of: EmployeeCode("E010")).map(\.shiftName) == ["Tarde larga"])
        #expect(try await store.hasBiometricConsent(EmployeeCode("E010")))
        let stored = try await store.loadActiveTemplates().first { $0.id == templateID }
        #expect(stored?.vector == vector(10) && stored?.employee == EmployeeCode("E010"))
        // A server template is encrypted at rest like a local one, and is not queued for upload.
        #expect(try await store.dueEnrolments().isEmpty)

        // The same template again is not a change; a rename, deletions of a line, a template and an employee are.
        let second = RosterUpdate(
            version: 7,
            employees: [.init(code: EmployeeCode("E010"), name: "Lucía Gómez Ruiz", role: "SUPERVISOR", active: true, pinHash: nil,
                              biometricConsent: true)],
            templates: [.init(id: templateID, employee: EmployeeCode("E010"), vector: vector(10))],
            deletions: [.schedule(employee: EmployeeCode("E010"), weekday: .monday, shiftName: "Tarde larga"),
                        .template(templateID), .employee(EmployeeCode("E003")), .shift("Noche")])
        let again = try await store.applyRoster(second)
        #expect(again.templatesDeleted == 1 && again.employeesDeactivated == 1)
        #expect(try await store.rosterVersion() == 7)
        #expect(try await store.employee(EmployeeCode("E010"))?.name == "Lucía Gómez Ruiz")
        #expect(try await store.schedules(of: EmployeeCode("E010")).isEmpty)
        #expect(try await store.employee(EmployeeCode("E003"))?.active == false)
        #expect(try await store.schedules(of: EmployeeCode("E003")).isEmpty)
        #expect(try await store.shifts().contains { $0.name == "Noche" } == false)
        // The template deleted in this version was re-listed in it: deletions come first, so the listing wins.
        #expect(try await store.loadActiveTemplates().contains { $0.id == templateID })
        let inactive = await #expect(throws: StoreError.self) { try await store.punch(EmployeeCode("E003"), at: at(monday, 9), method: .pin) }
        #expect(inactive?.code == .inactiveEmployee)
    }

    @Test func itemsNamingUnknownEmployeesOrShiftsAreSkippedNotFatal() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        let report = try await store.applyRoster(RosterUpdate(
            version: 3,
            templates: [.init(id: UUID(), employee: EmployeeCode("NOBODY"), vector: vector(1)),
                        .init(id: UUID(), employee: EmployeeCode("E001"), vector: [1, 2, 3])],
            schedules: [Schedule(employee: EmployeeCode("E001"), weekday: .sunday, shiftName: "No existe")],
            unreadable: 2))
        #expect(report.skipped == 5, "items naming unknown employees or shifts are counted, not applied")
        #expect(report.templatesAdded == 0 && report.shiftsAndSchedules == 0)
        #expect(try await store.rosterVersion() == 3, "the rest of the roster is applied and the version stored")
    }

    @Test func anUnacknowledgedLocalEnrolmentSurvivesARosterPull() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        let consent = BiometricConsent(textVersion: "consent-es-2025-01", recordedBy: EmployeeCode("S001"), at: at(monday, 8))
        let ids = try await store.addTemplates(for: EmployeeCode("E002"), vectors: [vector(2)], consent: consent, now: at(monday, 8))
        let withdraw = RosterUpdate(
            version: 2,
            employees: [.init(code: EmployeeCode("E002"), name: "Eileen Collins", role: "COLABORADOR", active: true, pinHash: nil,
                              biometricConsent: false)],
            deletions: [.template(ids[0])])
        let kept = try await store.applyRoster(withdraw)
        #expect(kept.unacknowledgedKept == 1 && kept.templatesDeleted == 0)
        #expect(try await store.templateCount(for: EmployeeCode("E002")) == 1)
        #expect(try await store.hasBiometricConsent(EmployeeCode("E002")), "consent stays while the local enrolment waits")

        // Sent but unanswered is still not acknowledged.
        try await store.markOutbox(ids, kind: .enrolment, as: .sent)
        _ = try await store.applyRoster(RosterUpdate(version: 3, deletions: [.template(ids[0])]))
        #expect(try await store.templateCount(for: EmployeeCode("E002")) == 1)

        // Once the server acknowledged it, its deletion applies.
        try await store.markOutbox(ids, kind: .enrolment, as: .acknowledged)
        let deleted = try await store.applyRoster(RosterUpdate(version: 4, deletions: [.template(ids[0])]))
        #expect(deleted.templatesDeleted == 1)
        #expect(try await store.templateCount(for: EmployeeCode("E002")) == 0)
        #expect(try await store.recentAudit(limit: 1).first?.action == "biometrics.delete")
    }

    @Test func anotherDoorsLastPunchDecidesTheNextPunchAndIsNeverSent() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        let otherDoor = SiteLastPunch(employee: EmployeeCode("E001"), punchID: UUID(), kioskID: "puerta-sur",
                                      instant: at(monday, 8, 2), kind: .entry)
        _ = try await store.applyRoster(RosterUpdate(version: 9, lastPunches: [otherDoor]))
        #expect(try await store.siteLastPunch(of: EmployeeCode("E001")) == otherDoor)

        let repeatAtThisDoor = try await store.punch(EmployeeCode("E001"), at: at(monday, 8, 2).addingTimeInterval(30), method: .face)
        guard case .alreadyRecorded(.entry, _) = repeatAtThisDoor.decision else {
            Issue.record("expected the other door's entry to debounce, got \(repeatAtThisDoor.decision)")
            return
        }
        let outcome = try await store.punch(EmployeeCode("E001"), at: at(monday, 17, 4), method: .face)
        let exit = try #require(outcome.punch)
        #expect(exit.kind == .exit, "the entry at the other door is open, so this is the exit")
        #expect(exit.shiftName == "Completo" && exit.localDate == monday)
        // Only this door's punch is stored and queued.
        #expect(try await store.punches(on: monday).map(\.id) == [exit.id])
        #expect(try await store.duePunches().map(\.id) == [exit.id])

        // Without the roster's punch the same identification would be an entry.
        let plain = try StoreFixture()
        let alone = try await plain.seeded()
        #expect(try await alone.punch(EmployeeCode("E001"), at: at(monday, 17, 4), method: .face).punch?.kind == .entry)
    }

    @Test func latestPunchesSinceTheCursorUpdateOnlyThemAndAWholeListReplacesAll() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        let north = SiteLastPunch(employee: EmployeeCode("E001"), punchID: UUID(), kioskID: "norte", instant: at(monday, 8, 2), kind: .entry)
        let south = SiteLastPunch(employee: EmployeeCode("E002"), punchID: UUID(), kioskID: "sur", instant: at(monday, 8, 5), kind: .entry)
        _ = try await store.applyRoster(RosterUpdate(version: 1, lastPunches: [north, south], lastPunchCursor: 700))
        #expect(try await store.lastPunchCursor() == 700)

        let exit = SiteLastPunch(employee: EmployeeCode("E002"), punchID: UUID(), kioskID: "sur", instant: at(monday, 17, 1), kind: .exit)
        _ = try await store.applyRoster(RosterUpdate(version: 1, lastPunches: [exit], lastPunchesComplete: false, lastPunchCursor: 712))
        #expect(try await store.siteLastPunch(of: EmployeeCode("E001")) == north, "a delta leaves the punches it does not name")
        #expect(try await store.siteLastPunch(of: EmployeeCode("E002")) == exit)
        #expect(try await store.lastPunchCursor() == 712)

        _ = try await store.applyRoster(RosterUpdate(version: 1, lastPunches: [exit], lastPunchesComplete: true, lastPunchCursor: 713))
        #expect(try await store.siteLastPunch(of: EmployeeCode("E001")) == nil, "a whole list replaces what was stored")
        #expect(try await store.siteLastPunch(of: EmployeeCode("E002")) == exit)
    }

    @Test func aPINHashFromTheRosterVerifiesAndAnUnreadableOneIsSkipped() async throws {
        let serverSide = try StoreFixture()
        let issuer = try await serverSide.open()
        let hash = try await issuer.pinHashText(pin: "4821")
        #expect(hash.hasPrefix("$pbkdf2-sha256$i="))
        #expect(!hash.contains("4821"))

        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        let report = try await store.applyRoster(RosterUpdate(version: 1, employees: [
            .init(code: EmployeeCode("E001"), name: "Barack Obama", role: "COLABORADOR", active: true, pinHash: hash, biometricConsent: false),
            .init(code: EmployeeCode("E002"), name: "Eileen Collins", role: "COLABORADOR", active: true, pinHash: "pbkdf2$test$E002",
                  biometricConsent: false),
        ]))
        #expect(report.pinsUpdated == 1 && report.skipped == 1, "the unreadable PIN hash is counted and skipped")
        #expect(try await store.verifyPIN(code: EmployeeCode("E001"), pin: "4821") == .ok)
        #expect(try await store.verifyPIN(code: EmployeeCode("E001"), pin: "1111") == .wrong(triesLeft: 4))
        #expect(try await store.verifyPIN(code: EmployeeCode("E002"), pin: "4821") == .noPINSet)
        // The same hash again changes nothing (the wrong-try count is not reset by a no-op).
        let same = try await store.applyRoster(RosterUpdate(version: 2, employees: [
            .init(code: EmployeeCode("E001"), name: "Barack Obama", role: "COLABORADOR", active: true, pinHash: hash, biometricConsent: false),
        ]))
        #expect(same.pinsUpdated == 0)
    }

    @Test func theHashTextRoundTripsAndRefusesOtherFormats() {
        let digest = PINDigest(algorithm: PINDigest.algorithm, rounds: 210_000, salt: Data(0..<16), hash: Data(repeating: 7, count: 32))
        let parsed = PINDigest(text: digest.text)
        #expect(parsed?.rounds == 210_000 && parsed?.salt == digest.salt && parsed?.hash == digest.hash)
        #expect(digest.text.split(separator: "$").suffix(2).allSatisfy { !$0.contains("=") }, "unpadded base64, as PHC strings are")
        for bad in ["", "pbkdf2$test$E001", "$argon2id$v=19$m=65536$c2FsdA$aGFzaA", "$pbkdf2-sha256$i=0$AAAA$AAAA",
                    "$pbkdf2-sha256$i=1000$AAAA$AAAA", "$pbkdf2-sha256$i=x$AAAA$" + String(digest.text.split(separator: "$").last!)] {
            #expect(PINDigest(text: bad) == nil, "\(bad)")
        }
    }
}
