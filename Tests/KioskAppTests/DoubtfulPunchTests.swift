import Attendance
import KioskConfig
import Logging
import Testing
@testable import KioskApp

/// A face match near the threshold is recorded as usual and flagged doubtful for the server's review queue.
struct DoubtfulPunchTests {
    @Test func aMatchWithinTheBandOfTheThresholdIsDoubtful() {
        var configuration = KioskConfiguration()
        configuration.recognition.threshold = 0.5
        let runtime = KioskRuntime(configuration: configuration, configurationSource: "test", logger: Logger(label: "doubtful-test"))
        #expect(runtime.remarks(matchDistance: 0.30) == [])
        #expect(runtime.remarks(matchDistance: 0.449) == [])
        #expect(runtime.remarks(matchDistance: 0.45) == .doubtful)
        #expect(runtime.remarks(matchDistance: 0.5) == .doubtful)
        #expect(runtime.remarks(matchDistance: nil) == [], "a PIN punch has no distance")
    }
}
