import Foundation
import Testing
import Attendance
@testable import KioskStore

@Suite("Seeds")
struct SeedTests {
    @Test func firstRunInsertsAndGeneratesPINsSecondRunChangesNothing() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.open()
        let first = try await store.seed(demo: true)
        #expect(first.inserted.contains("role COLABORADOR") && first.inserted.contains("role ADMINISTRADOR"))
        #expect(first.inserted.contains("shift Mañana") && first.inserted.contains("shift Noche"))
        #expect(first.inserted.filter { $0.hasPrefix("schedule ") }.count == 15)
        #expect(first.kept.isEmpty)
        #expect(Set(first.generatedPINs.keys) == [EmployeeCode("S001"), EmployeeCode("T001")])
        for (code, pin) in first.generatedPINs {
            #expect(pin.count == 6 && pin.allSatisfy { $0.isASCII && $0.isNumber })
            #expect(try await store.verifyPIN(code: code, pin: pin) == .ok)
        }
        #expect(!first.description.contains(first.generatedPINs[EmployeeCode("S001")]!))

        let second = try await store.seed(demo: true)
        #expect(second.changedNothing)
        #expect(second.inserted.isEmpty && second.generatedPINs.isEmpty)
        #expect(second.kept.count == first.inserted.count)
        #expect(second.summary(in: .es).contains("nada que hacer"))
        #expect(second.summary(in: .en).contains("nothing to do"))
        // The PINs shown once still work: they were not regenerated.
        for (code, pin) in first.generatedPINs {
            #expect(try await store.verifyPIN(code: code, pin: pin) == .ok)
        }
    }

    @Test func seededShiftsAndDemoRoster() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.seeded()
        let shifts = Dictionary(uniqueKeysWithValues: try await store.shifts().map { ($0.name, $0) })
        #expect(shifts["Mañana"] == Shift(name: "Mañana", start: LocalTime(hour: 6), end: LocalTime(hour: 14)))
        #expect(shifts["Tarde"] == Shift(name: "Tarde", start: LocalTime(hour: 14), end: LocalTime(hour: 22)))
        #expect(shifts["Noche"]?.crossesMidnight == true)
        #expect(shifts["Completo"] == Shift(name: "Completo", start: LocalTime(hour: 8), end: LocalTime(hour: 17)))
        let roster = try await store.employees()
        #expect(roster.map(\.code.rawValue) == ["E001", "E002", "E003", "S001", "T001"])
        #expect(roster.first { $0.code.rawValue == "S001" }?.role == .supervisor)
        #expect(roster.first { $0.code.rawValue == "T001" }?.role == .tecnico)
        #expect(roster.first { $0.code.rawValue == "E003" }?.name == "Andrés Pérez")
        let lines = try await store.schedules(of: EmployeeCode("E002"))
        #expect(Set(lines.map(\.weekday)) == [.monday, .tuesday, .wednesday, .thursday, .friday])
        #expect(lines.allSatisfy { $0.shiftName == "Completo" && $0.entryToleranceMinutes == 15 })
    }

    @Test func staffIsSeededWithoutDemoAndDemoAddsOnlyWhatIsMissing() async throws {
        let fixture = try StoreFixture()
        let store = try await fixture.open()
        let plain = try await store.seed(demo: false)
        #expect(try await store.employees().map(\.code.rawValue) == ["S001", "T001"])
        #expect(plain.generatedPINs.count == 2)
        let demo = try await store.seed(demo: true)
        #expect(demo.generatedPINs.isEmpty)
        #expect(demo.inserted.contains("employee E001") && demo.kept.contains("employee S001"))
    }
}
