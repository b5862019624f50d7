import APIContract
import Foundation
import Testing

@Suite("RFC 3339 dates of the contract")
struct RFC3339Tests {
    @Test("the grammar the document promises is read", arguments: [
        ("2024-06-03T08:03:00Z", 1_717_401_780.0),
        ("2024-06-03t08:03:00z", 1_717_401_780.0),
        ("2024-06-03 08:03:00Z", 1_717_401_780.0),
        ("2024-06-03T08:03:00.5Z", 1_717_401_780.5),
        ("2024-06-03T08:03:00.123456789Z", 1_717_401_780.123456789),
        ("2024-06-03T10:03:00+02:00", 1_717_401_780.0),
        ("2024-06-03T05:33:00-02:30", 1_717_401_780.0),
        ("1970-01-01T00:00:00Z", 0.0),
        ("1969-12-31T23:59:59Z", -1.0),
        ("2000-02-29T00:00:00Z", 951_782_400.0),
    ])
    func reads(text: String, seconds: Double) throws {
        let date = try #require(RFC3339.date(from: text))
        #expect(abs(date.timeIntervalSince1970 - seconds) < 1e-6, "\(text)")
    }

    @Test("what is not RFC 3339 is refused", arguments: [
        "yesterday", "", "2024-06-03", "2024-06-03T08:03Z", "2024-06-03T08:03:00", "2024-13-03T08:03:00Z",
        "2023-02-29T08:03:00Z", "2024-06-31T08:03:00Z", "2024-06-03T24:00:00Z", "2024-06-03T08:60:00Z",
        "2024-06-03T08:03:00.Z", "2024-06-03T08:03:00+0200", "2024-06-03T08:03:00Z ", "2024-06-03T08:03:00+24:00",
        "２024-06-03T08:03:00Z",
    ])
    func refuses(text: String) {
        #expect(RFC3339.date(from: text) == nil, "\(text)")
    }

    @Test("written as UTC with milliseconds and read back to the millisecond")
    func roundTrip() throws {
        for seconds in [0.0, 1_717_401_780.123, -86_400.5, 253_402_300_799.999, -62_135_596_800.0] {
            let date = Date(timeIntervalSince1970: seconds)
            let text = RFC3339.string(from: date)
            #expect(text.hasSuffix("Z") && text.count == 24, "\(text)")
            let back = try #require(RFC3339.date(from: text))
            #expect(abs(back.timeIntervalSince1970 - seconds) < 0.001, "\(text)")
        }
        #expect(RFC3339.string(from: Date(timeIntervalSince1970: 1_717_401_780.123)) == "2024-06-03T08:03:00.123Z")
    }

    @Test("full dates exist in the calendar", arguments: [
        ("2024-02-29", true), ("2023-02-29", false), ("2024-04-31", false), ("2024-12-31", true), ("2024-1-01", false),
        ("20240101", false), ("2024-00-10", false),
    ])
    func fullDates(text: String, valid: Bool) {
        #expect(RFC3339.isFullDate(text) == valid, "\(text)")
    }
}
