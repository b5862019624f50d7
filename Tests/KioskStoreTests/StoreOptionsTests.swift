import Foundation
import Testing
import KioskStore

@Suite("Store options")
struct StoreOptionsTests {
    @Test func defaultsFollowTheDesign() {
        let options = StoreOptions()
        #expect(options.debounceSeconds == 60 && options.minWorkMinutes == 5)
        #expect(options.pinLockoutTries == 5 && options.pinLockoutMinutes == 5)
        #expect(options.pinHashRounds >= 210_000)
    }

    @Test func fewerThan210000RoundsIsAProgrammerError() async {
        await #expect(processExitsWith: .failure) {
            _ = StoreOptions(pinHashRounds: 100_000)
        }
    }

    @Test func aZeroLockoutIsAProgrammerError() async {
        await #expect(processExitsWith: .failure) {
            _ = StoreOptions(pinLockoutTries: 0)
        }
    }
}
